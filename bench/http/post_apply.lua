-- wrk: POST an online application (the durable write path: one SQLite transaction per request).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"org": 2, "applicant": {"type": "natural_person", "name": "压测", "contact": "13800000000"},'
        .. ' "request": "2024年部门预算"}'
