-- wrk: a signed-in officer registers applications (the staff write path: session lookup, CSRF,
-- permission, one durable transaction with its audit entry). GONGKAI_COOKIE and GONGKAI_CSRF come
-- from run.sh's login.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("GONGKAI_COOKIE")
wrk.headers["X-CSRF-Token"] = os.getenv("GONGKAI_CSRF")
wrk.body = '{"channel": "in_person", "received_on": "2026-11-02", "applicant": {"type": '
        .. '"natural_person", "name": "压测", "id_number": "110101199003071234", "contact": '
        .. '"13812345678"}, "request": "2025年部门预算", "delivery_form": "电子邮件"}'
