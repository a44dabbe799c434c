// Browser tests of the web interface: Playwright (playwright-core) driving Debian's chromium
// headless against a real `gongkai serve` on a demo database (run.sh starts both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE = process.env.GONGKAI_URL;
const SHOTS = process.env.GONGKAI_SCREENSHOTS;
const PASSWORD = 'gongkai-demo';
const SEED_ORG = 2;  // 解放区工业和信息化局, the seed agency (demo.cpp)
let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.GONGKAI_CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); });

async function newPage() {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => { throw error; });
  return page;
}

async function shot(page, name, { keepScroll = false } = {}) {
  if (!keepScroll) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

// Accessibility basics on the current page: lang, one h1, every form field labelled.
async function checkAccessible(page) {
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN', page.url());
  assert.ok(await page.locator('h1').count() >= 1, `no h1 on ${page.url()}`);
  const unlabelled = await page.evaluate(() => {
    const fields = [...document.querySelectorAll('input, select, textarea')]
      .filter((f) => f.type !== 'hidden');
    return fields.filter((f) => {
      if (f.getAttribute('aria-label')) return false;
      return !(f.id && document.querySelector(`label[for="${f.id}"]`));
    }).map((f) => f.name || f.outerHTML.slice(0, 60));
  });
  assert.deepEqual(unlabelled, [], `unlabelled fields on ${page.url()}`);
}

// Logs in through the login form, by keyboard only.
async function logIn(page, login) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel('登录名').fill(login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL(/\/staff/);
}

async function openCount(page) {
  await page.goto(`${BASE}/staff?org=${SEED_ORG}`);
  const heading = await page.locator('#cases-heading').textContent();
  return Number(/（(\d+) 件）/.exec(heading)[1]);
}

const applicant = { name: '测试申请人甲', id: '110101199001011234', phone: '13912345678' };
let queryCode = '';

test('anonymous visitors: the portal, an application and tracking by query code', async () => {
  const page = await newPage();
  await page.goto(`${BASE}/`);
  await checkAccessible(page);
  // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await shot(page, 'portal-home');
  await page.goto(`${BASE}/apply?org=${SEED_ORG}`);
  await checkAccessible(page);
  await page.getByLabel('申请人类型').selectOption('natural_person');
  await page.getByLabel('姓名或名称').fill(applicant.name);
  await page.getByLabel('身份证件号码或统一社会信用代码').fill(applicant.id);
  await page.getByLabel('联系电话或电子邮箱').fill(applicant.phone);
  await page.getByLabel(/所需政府信息/).fill('2024年工业企业技术改造项目的补助资金分配结果');
  await page.getByRole('button', { name: '提交申请' }).click();
  const code = page.locator('[data-field="query_code"]');
  await code.waitFor();
  queryCode = (await code.textContent()).trim();
  assert.match(queryCode, /^[A-Z0-9]{6,}$/);
  await shot(page, 'portal-apply-done');
  await page.locator('#apply-result a').click();
  await page.waitForURL(/\/track\?code=/);
  await checkAccessible(page);
  assert.match(await page.locator('#track-result').textContent(), /办理中/);
  assert.match(await page.locator('main').textContent(), /20 个工作日/);
  await shot(page, 'portal-track');
  await page.context().close();
});

// 国办函〔2020〕109号: the fee computed from the pages by the tariff, then the fee notice stating
// the standard, the amount and the payment method the officer fills in.
test('an officer records a fee by pages; the fee notice states it and how to pay', async () => {
  const page = await newPage();
  await logIn(page, 'zhang');
  await page.goto(`${BASE}/staff/applications/new?org=${SEED_ORG}`);
  await page.getByLabel('申请渠道').selectOption('online');
  await page.getByLabel('姓名或名称').fill('孙八');
  await page.getByLabel('申请公开的政府信息').fill('近三年全部会议纪要');
  await page.getByRole('button', { name: '登记' }).click();
  await page.waitForURL(/\/staff\/applications\/\d+$/);
  await page.locator('summary', { hasText: '收费通知' }).click();
  await page.getByLabel('计费方式').selectOption('per_page');
  await page.getByLabel('页数或本月第几件申请').fill('150');
  await page.locator('form[data-action="fee_notified"] button[type="submit"]').click();
  const feeEvent = page.locator('.timeline li', { hasText: '按量计收，获取信息共150页' });
  await feeEvent.waitFor();
  assert.match(await feeEvent.textContent(), /金额 1700\.00 元/);
  await page.locator('a', { hasText: '打印告知书' }).click();
  await page.waitForURL(/\/letter$/);
  await checkAccessible(page);
  await page.getByLabel('缴纳方式').fill('非税收入缴款码 2026001');
  await page.getByRole('button', { name: '更新告知书' }).click();
  await page.locator('.fee-notice', { hasText: '人民币1700元' }).waitFor();
  assert.match(await page.locator('.fee-notice').textContent(), /次日起20个工作日内/);
  const pdfHref = await page.locator('a[href*="fee-notice?format=pdf"]').getAttribute('href');
  const pdf = await page.request.get(new URL(pdfHref, page.url()).href);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  await page.context().close();
});

test('an officer registers, corrects and answers an application; the dashboard follows', async () => {
  const page = await newPage();
  await logIn(page, 'zhang');
  await checkAccessible(page);
  const before = await openCount(page);
  await page.goto(`${BASE}/staff/applications/new?org=${SEED_ORG}`);
  await checkAccessible(page);
  await page.getByLabel('申请渠道').selectOption('post');
  await page.getByLabel('姓名或名称').fill('李四');
  await page.getByLabel('联系方式').fill('13800001111');
  await page.getByLabel('申请公开的政府信息').fill('某产业园区规划文件');
  await page.getByRole('button', { name: '登记' }).click();
  await page.waitForURL(/\/staff\/applications\/\d+$/);
  const caseUrl = page.url();
  await checkAccessible(page);
  assert.equal(await openCount(page), before + 1);

  await page.goto(caseUrl);
  await page.locator('summary', { hasText: '告知补正' }).click();
  await page.locator('form[data-action="correction_requested"] button[type="submit"]').click();
  await page.locator('h1', { hasText: '待补正' }).waitFor();
  await page.locator('summary', { hasText: '收到补正' }).click();
  await page.locator('form[data-action="correction_received"] button[type="submit"]').click();
  await page.locator('h1', { hasText: '办理中' }).waitFor();
  assert.match(await page.locator('#due-heading').textContent(), /\d{4}-\d{2}-\d{2}/);
  assert.match(await page.locator('main').textContent(), /条例第三十条/);  // why this date
  await shot(page, 'staff-case');
  await page.getByLabel('答复结果（年度报告表三的行）').selectOption('disclosed');
  await page.locator('form[data-action="answered"] button[type="submit"]').click();
  await page.locator('a', { hasText: '打印告知书' }).waitFor();
  await page.locator('a', { hasText: '打印告知书' }).click();
  await page.waitForURL(/\/letter$/);
  assert.match(await page.locator('.letter').textContent(), /予以公开/);
  assert.match(await page.locator('.letter').textContent(), /六个月内/);
  // The same letter as Word and PDF (data/letters templates), with the 文号 the officer adds.
  await page.getByLabel('文号').fill('解工信公开〔2026〕7号');
  await page.getByRole('button', { name: '更新告知书' }).click();
  await page.locator('.letter-subtitle', { hasText: '解工信公开〔2026〕7号' }).waitFor();
  const pdfHref = await page.locator('a', { hasText: '下载 PDF' }).getAttribute('href');
  const pdf = await page.request.get(new URL(pdfHref, page.url()).href);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  await shot(page, 'staff-letter');
  assert.equal(await openCount(page), before);
  await shot(page, 'staff-dashboard');
  await page.context().close();
});

test('a reviewer cannot do an officer\'s action', async () => {
  const page = await newPage();
  await logIn(page, 'li');
  await page.goto(`${BASE}/staff/applications?org=${SEED_ORG}`);
  const first = page.locator('table.data tbody a').first();
  await first.click();
  await page.waitForURL(/\/staff\/applications\/\d+$/);
  assert.match(await page.locator('#actions-heading + p').textContent(), /没有您可以办理的操作/);
  assert.equal(await page.locator('form[data-action]').count(), 0);
  const response = await page.goto(`${BASE}/staff/applications/new?org=${SEED_ORG}`);
  assert.equal(response.status(), 403);
  await page.context().close();
});

test('a publication goes through both reviews into the public catalogue', async () => {
  const title = '解放区工业和信息化局关于印发测试政策的通知';
  const officer = await newPage();
  await logIn(officer, 'zhang');
  await officer.goto(`${BASE}/staff/publications/new?org=${SEED_ORG}`);
  await checkAccessible(officer);
  await officer.getByLabel('标题').fill(title);
  await officer.getByLabel('文号').fill('解工信〔2026〕9号');
  await officer.getByLabel('信息类别').fill('政策文件');
  await officer.getByLabel('文件类型（年度报告表二）').selectOption('normative_document');
  await officer.getByRole('button', { name: '保存草稿' }).click();
  await officer.waitForURL(/\/staff\/publications\/\d+$/);
  const itemUrl = officer.url();
  await officer.getByRole('button', { name: '提交审核' }).click();
  await officer.locator('h1 .badge', { hasText: '待内容审核' }).waitFor();

  for (const [login, step, next] of [['li', '内容审核通过', '待保密审查'], ['zhao', '保密审查通过', '审核通过待发布']]) {
    const reviewer = await newPage();
    await logIn(reviewer, login);
    assert.match(await reviewer.locator('main').textContent(), new RegExp(title));  // waiting for me
    await reviewer.goto(itemUrl);
    await reviewer.getByRole('button', { name: step }).click();
    await reviewer.locator('h1 .badge', { hasText: next }).waitFor();
    if (login === 'li') await shot(reviewer, 'staff-publication-review');
    await reviewer.context().close();
  }
  await officer.goto(itemUrl);
  await officer.getByRole('button', { name: '发布', exact: true }).click();
  await officer.locator('h1 .badge', { hasText: '已公开' }).waitFor();
  await officer.context().close();

  const visitor = await newPage();
  await visitor.goto(`${BASE}/catalogue?org=${SEED_ORG}`);
  await visitor.getByRole('link', { name: title }).click();
  await visitor.waitForURL(/\/catalogue\/\d+$/);
  assert.match(await visitor.locator('table.meta').textContent(), /解工信〔2026〕9号/);
  await checkAccessible(visitor);
  await shot(visitor, 'portal-catalogue-item');
  await visitor.context().close();
});

test('the seed agency\'s 2024 report: generated, checked, published by the head', async () => {
  const officer = await newPage();
  await logIn(officer, 'zhang');
  await officer.goto(`${BASE}/staff/reports?org=${SEED_ORG}&year=2024`);
  await checkAccessible(officer);
  assert.match(await officer.locator('#report-state').textContent(), /草稿/);
  assert.match(await officer.locator('#report-valid').textContent(), /校验通过/);
  // Every number computed: table 三's total cell, and its records on click.
  const total = officer.locator('td[data-cell="applications.received.total"]');
  assert.match(await total.textContent(), /^\d+$/);
  await total.click();
  await officer.locator('#drill .drill-body p').waitFor();
  assert.match(await officer.locator('#drill').textContent(), /条记录/);
  await officer.getByLabel('五、存在的主要问题及改进情况').fill('一是主动公开的及时性有待提高。二是答复文书需进一步规范。');
  // The form reloads the page once saved.
  await Promise.all([officer.waitForNavigation({ waitUntil: 'load' }),
    officer.getByRole('button', { name: '保存' }).click()]);
  assert.match(await officer.getByLabel('五、存在的主要问题及改进情况').inputValue(), /及时性/);
  await shot(officer, 'staff-report');

  // The checker: the published seed text, with the offending cells highlighted.
  await officer.goto(`${BASE}/staff/check`);
  await checkAccessible(officer);
  await officer.getByLabel(/报告文件/).setInputFiles([process.env.GONGKAI_SEED_REPORT,
    process.env.GONGKAI_BROKEN_REPORT]);
  await officer.getByRole('button', { name: '核查' }).click();
  await officer.locator('.check-result').nth(1).waitFor();
  const [seed, broken] = [officer.locator('.check-result').nth(0), officer.locator('.check-result').nth(1)];
  assert.match(await seed.locator('h2').first().textContent(), /seed-2024.*通过/);
  assert.ok(await seed.locator('.report-frame td[data-cell]').count() > 100);
  assert.equal(await seed.locator('td.finding').count(), 0);
  // The row whose total does not add up is highlighted, with the finding as its title.
  assert.match(await broken.locator('h2').first().textContent(), /未通过/);
  assert.match(await broken.locator('ul.findings').textContent(), /GK002/);
  assert.ok(await broken.locator('td.finding').count() >= 1);
  assert.match(await broken.locator('td.finding').first().getAttribute('title'), /GK002/);
  await broken.locator('td.finding').first().scrollIntoViewIfNeeded();
  await shot(officer, 'staff-check', { keepScroll: true });
  await officer.context().close();

  const head = await newPage();
  await logIn(head, 'wang');
  await head.goto(`${BASE}/staff/reports?org=${SEED_ORG}&year=2024`);
  head.once('dialog', (dialog) => dialog.accept());
  await head.getByRole('button', { name: '签发并公开' }).click();
  await head.locator('#report-state', { hasText: '已公开' }).waitFor();
  await head.context().close();

  const visitor = await newPage();
  await visitor.goto(`${BASE}/reports`);
  await visitor.getByRole('link', { name: '2024 年度' }).nth(SEED_ORG - 1).click();
  await visitor.waitForURL(new RegExp(`/reports/${SEED_ORG}/2024$`));
  assert.match(await visitor.locator('.gk-report h1').textContent(), /2024/);
  await shot(visitor, 'portal-report');
  await visitor.context().close();
});

test('supervisor and administrator pages', async () => {
  const supervisor = await newPage();
  await logIn(supervisor, 'chen');
  await supervisor.goto(`${BASE}/staff/supervision`);
  await checkAccessible(supervisor);
  assert.ok(await supervisor.locator('table.data tbody tr').count() >= 5);
  await shot(supervisor, 'staff-supervision');
  await supervisor.context().close();
  const admin = await newPage();
  await logIn(admin, 'admin');
  await admin.goto(`${BASE}/staff/admin`);
  await checkAccessible(admin);
  assert.match(await admin.locator('main').textContent(), /zhang/);
  await shot(admin, 'staff-admin');
  // Give 刘 (officer of the busy department) a second role.
  const row = admin.locator('tbody tr', { hasText: 'liu' });
  const before = (await row.locator('td').nth(2).textContent()).trim().split(/\s+/).length;
  await row.locator('summary').click();
  await row.getByLabel('机关').selectOption({ label: '解放区住房和城乡建设局' });
  await row.getByLabel('角色').selectOption('reviewer');
  await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }),
    row.getByRole('button', { name: '增加角色' }).click()]);
  const after = (await admin.locator('tbody tr', { hasText: 'liu' }).locator('td').nth(2).textContent())
    .trim().split(/\s+/).length;
  assert.equal(after, before + 1);

  // The work calendar: an impossible date is refused with the line named, nothing is saved;
  // then a year's holidays are entered (a test list, not the real 2027 notice).
  const calendar = admin.locator('form[data-api^="/api/v1/calendar"]');
  await calendar.getByLabel('年份').fill('2027');
  await calendar.getByLabel('日期列表').fill('2027-13-01,holiday,元旦');
  await calendar.getByRole('button', { name: '保存' }).click();
  await calendar.locator('.form-error').waitFor({ state: 'visible' });
  assert.match(await calendar.locator('.form-error').textContent(), /entries/);
  const holidays = ['2027-01-01,holiday,元旦', '2027-01-02,holiday,元旦', '2027-01-03,holiday,元旦'];
  for (let day = 5; day <= 12; ++day) holidays.push(`2027-02-${String(day).padStart(2, '0')},holiday,春节`);
  await calendar.getByLabel('日期列表').fill(holidays.join('\n'));
  await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }),
    calendar.getByRole('button', { name: '保存' }).click()]);
  assert.match(await admin.locator('#calendar-heading + p').textContent(), /已录入：2027/);
  await admin.context().close();
});

test('the portal is usable on a phone', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 },
    isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of ['/', '/catalogue', '/apply', '/guide', `/track?code=${queryCode}`, '/reports']) {
    await page.goto(BASE + path);
    const overflow = await page.evaluate(() =>
      document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${path} scrolls sideways by ${overflow}px on a phone`);
  }
  await page.goto(`${BASE}/apply`);
  await shot(page, 'portal-phone-apply');
  await context.close();
});

test('an anonymous visitor sees no personal data anywhere', async () => {
  const page = await newPage();
  const pages = ['/', '/catalogue', `/catalogue?org=3`, '/guide', '/reports', '/reports/3/2024',
    '/apply', `/track?code=${queryCode}`];
  for (const path of pages) {
    await page.goto(BASE + path);
    const html = await page.content();
    for (const secret of [applicant.name, applicant.id, applicant.phone, '申请人1']) {
      assert.ok(!html.includes(secret), `${path} shows ${secret}`);
    }
  }
  for (const path of ['/staff', '/staff/applications', `/staff/applications/1`]) {
    await page.goto(BASE + path);
    assert.match(page.url(), /\/login\?next=/, `${path} without a session`);
  }
  await page.context().close();
});
