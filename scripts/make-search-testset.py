#!/usr/bin/env python3
"""Makes the relevance test set of the catalogue search (tests/data/search/): catalogue items in
the style of district catalogues, and queries with the items a person would want for each.

The judgments are rules over the item's meaning written by hand below (what a citizen asking
"预算" wants: budgets, not 决算), never the search engine's own output. Run once; the outputs are
committed. items.tsv: key, organisation, title, 文号, 分类, 公开日期. queries.tsv: query, the keys
of the relevant items (space-separated, "-" for none), what the query tests."""
import itertools
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "search")
ORGS = {
    "财政局": "解财", "教育局": "解教", "住房和城乡建设局": "解住建",
    "市场监督管理局": "解市监", "生态环境局": "解环", "卫生健康委员会": "解卫健",
}
YEARS = range(2019, 2025)
items = []  # (key, org, title, number, category, date, tags)


def add(org, title, category, date, number="", tags=()):
    key = f"i{len(items) + 1:03d}"
    items.append((key, org, title, number, category, date, set(tags)))
    return key


numbers = itertools.count(1)
for org, code in ORGS.items():
    for year in YEARS:
        add(org, f"解放区{org}{year}年部门预算", "财政预决算", f"{year}-02-{10 + len(org) % 9:02d}",
            tags={"预算", "部门预算", f"y{year}"})
        add(org, f"解放区{org}{year - 1}年部门决算", "财政预决算", f"{year}-08-{10 + len(org) % 9:02d}",
            tags={"决算", f"y{year - 1}"})
        add(org, f"解放区{org}{year}年政府信息公开工作年度报告", "年度报告", f"{year + 1}-01-2{len(org) % 9}",
            tags={"年度报告", f"y{year}"})
        for quarter in (1, 2, 3, 4):
            add(org, f"{year}年第{quarter}季度{org}重点工作进展情况", "工作动态",
                f"{year}-{quarter * 3:02d}-2{quarter}", tags={"工作动态", f"y{year}"})
        n = next(numbers) % 30 + 1
        add(org, f"关于印发《解放区{org}{year}年政府信息公开工作要点》的通知", "规范性文件",
            f"{year}-03-0{n % 9 + 1}", f"{code}〔{year}〕{n}号", tags={"工作要点", f"y{year}"})

# Topic items, each a distinct subject someone would search for.
topics = [
    ("财政局", "关于{y}年度预算执行和其他财政收支审计查出问题整改情况的报告", "财政预决算", {"预算执行", "审计"}),
    ("财政局", "解放区政府采购意向公开（{y}年）", "政府采购", {"采购"}),
    ("财政局", "关于做好{y}年政府采购预算编制工作的通知", "政府采购", {"采购", "预算"}),
    ("财政局", "{y}年解放区一般公共预算收支情况", "财政预决算", {"预算", "一般公共预算"}),
    ("教育局", "解放区{y}年义务教育阶段学校招生入学工作方案", "招生", {"招生", "义务教育"}),
    ("教育局", "解放区{y}年中小学校校舍安全排查结果", "教育", {"学校", "校舍"}),
    ("教育局", "{y}年解放区学前教育资助资金分配结果", "教育", {"资助", "学前教育"}),
    ("住房和城乡建设局", "{y}年解放区老旧小区改造项目计划", "城乡建设", {"老旧小区"}),
    ("住房和城乡建设局", "解放区{y}年公共租赁住房分配结果公示", "住房保障", {"公租房", "住房"}),
    ("住房和城乡建设局", "关于推广BIM技术在房屋建筑工程中应用的通知（{y}）", "城乡建设", {"BIM"}),
    ("住房和城乡建设局", "{y}年5G基站建设规划选址公示", "城乡建设", {"5G"}),
    ("市场监督管理局", "{y}年食品安全监督抽检信息公告", "食品安全", {"食品安全", "抽检"}),
    ("市场监督管理局", "解放区{y}年行政处罚决定信息公开（第一批）", "行政处罚", {"行政处罚"}),
    ("市场监督管理局", "关于开展{y}年特种设备安全专项检查的通知", "安全生产", {"特种设备"}),
    ("生态环境局", "解放区{y}年空气质量PM2.5月报汇总", "环境质量", {"PM2.5", "空气质量"}),
    ("生态环境局", "{y}年建设项目环境影响评价审批决定公告", "环境影响评价", {"环评"}),
    ("生态环境局", "解放区{y}年重点排污单位名录", "环境监管", {"排污"}),
    ("卫生健康委员会", "{y}年解放区医疗机构执业登记信息", "医疗卫生", {"医疗机构"}),
    ("卫生健康委员会", "关于{y}年城乡居民医保缴费工作的通告", "医疗保障", {"医保"}),
    ("卫生健康委员会", "解放区{y}年传染病疫情概况", "疾病防控", {"疫情", "传染病"}),
]
for (org, template, category, tags), year in itertools.product(topics, YEARS):
    add(org, template.format(y=year), category, f"{year}-0{year % 9 + 1}-15",
        tags=tags | {f"y{year}"})

# Documents with numbers, written the official way.
for year in YEARS:
    for n in (3, 12, 27):
        add("财政局", f"关于下达{year}年第{n}批专项资金的通知", "财政资金", f"{year}-0{n % 9 + 1}-11",
            f"解财〔{year}〕{n}号", tags={f"num-解财-{year}-{n}", "专项资金"})
        add("教育局", f"关于{year}年教育系统第{n}次安全检查情况的通报", "教育", f"{year}-1{n % 3}-05",
            f"解教〔{year}〕{n}号", tags={f"num-解教-{year}-{n}"})

# Monthly routine items: many near-identical titles, as real catalogues have.
for org, year, month in itertools.product(ORGS, (2023, 2024), range(1, 13, 2)):
    add(org, f"{org}{year}年{month}月行政许可事项办理情况", "行政许可", f"{year}-{month:02d}-28",
        tags={"行政许可", f"y{year}"})

# Items that only share characters with popular queries (noise the bigrams must not confuse).
add("财政局", "关于算清算准各项收支的工作提示", "工作动态", "2024-05-05", tags={"noise"})
add("教育局", "关于预防学生溺水事故的算法宣传", "教育", "2024-06-06", tags={"noise"})
add("住房和城乡建设局", "城市更新项目采光与日照分析", "城乡建设", "2024-07-07", tags={"noise"})

assert len(items) >= 500, len(items)


def having(*tags):
    return [key for key, *_rest, t in items if all(tag in t for tag in tags)]


def titled(fragment):
    return [key for key, _org, title, *_ in items if fragment in title]


queries = [
    ("预算", having("预算") + [k for k in titled("预算") if k not in having("预算")], "two characters"),
    ("决算", having("决算"), "two characters"),
    ("采购", having("采购"), "two characters"),
    ("招生", having("招生"), "two characters"),
    ("医保", having("医保"), "two characters"),
    ("抽检", having("抽检"), "two characters"),
    ("排污", having("排污"), "two characters"),
    ("资助", having("资助"), "two characters"),
    ("疫情", having("疫情"), "two characters"),
    ("校舍", having("校舍"), "two characters"),
    ("部门预算", having("部门预算"), "four characters"),
    ("部门决算", having("决算"), "four characters"),
    ("老旧小区", having("老旧小区"), "word"),
    ("公共租赁住房", having("公租房"), "word"),
    ("食品安全", having("食品安全"), "word"),
    ("行政处罚", having("行政处罚"), "word"),
    ("行政许可", having("行政许可"), "word among many near-identical titles"),
    ("特种设备", having("特种设备"), "word"),
    ("空气质量", having("空气质量"), "word"),
    ("环境影响评价", having("环评"), "word"),
    ("医疗机构", having("医疗机构"), "word"),
    ("传染病", having("传染病"), "three characters"),
    ("义务教育", having("义务教育"), "word"),
    ("学前教育", having("学前教育"), "word"),
    ("专项资金", having("专项资金"), "word"),
    ("年度报告", having("年度报告"), "word"),
    ("工作要点", having("工作要点"), "word"),
    ("2023年部门预算", having("部门预算", "y2023"), "year and word"),
    ("2021 决算", having("决算", "y2021"), "year and word with a space"),
    ("2024年 年度报告", having("年度报告", "y2024"), "year and word"),
    ("2020年预算执行", having("预算执行", "y2020"), "year and word"),
    ("解财〔2023〕12号", having("num-解财-2023-12"), "document number"),
    ("解财[2023]12号", having("num-解财-2023-12"), "document number, ASCII brackets"),
    ("解财【2021】3号", having("num-解财-2021-3"), "document number, 【】"),
    ("解教（2024）027号", having("num-解教-2024-27"), "document number, parentheses and zeros"),
    ("解财〔2022〕27号", having("num-解财-2022-27"), "document number"),
    ("BIM", having("BIM"), "ASCII word"),
    ("bim技术", having("BIM"), "ASCII lower case and Chinese"),
    ("5G基站", having("5G"), "mixed"),
    ("PM2.5", having("PM2.5"), "mixed with a decimal"),
    ("ＰＭ２．５", having("PM2.5"), "full-width"),
    ("２０２２年部门预算", having("部门预算", "y2022"), "full-width digits"),
    ("預算", having("预算") + [k for k in titled("预算") if k not in having("预算")], "traditional"),
    ("決算", having("决算"), "traditional"),
    ("學校", titled("学校"), "traditional"),
    ("醫保", having("医保"), "traditional"),
    ("採購", having("采购"), "traditional"),
    ("政府采购意向", titled("政府采购意向"), "phrase"),
    ("城乡居民医保缴费", titled("城乡居民医保缴费"), "phrase"),
    ("重点排污单位名录", titled("重点排污单位名录"), "phrase"),
    ("安全检查", titled("安全检查") + titled("安全专项检查"), "words apart"),
    ("教育局 2019", [k for k in titled("2019") if items[int(k[1:]) - 1][1] == "教育局"], "organisation and year"),
    ("航天", [], "nothing relevant"),
    ("预决算公开平台", [], "nothing relevant"),
    ("清算", [], "nothing relevant (算清 is not 清算)"),
]
assert len(queries) >= 50, len(queries)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "items.tsv"), "w", encoding="utf-8") as out:
    out.write("key\torg\ttitle\tdocument_number\tcategory\tpublished_on\n")
    for key, org, title, number, category, date, _tags in items:
        out.write(f"{key}\t{org}\t{title}\t{number}\t{category}\t{date}\n")
with open(os.path.join(OUT, "queries.tsv"), "w", encoding="utf-8") as out:
    out.write("query\trelevant\tnote\n")
    for query, relevant, note in queries:
        out.write(f"{query}\t{' '.join(dict.fromkeys(relevant)) or '-'}\t{note}\n")
print(f"{len(items)} items, {len(queries)} queries")
