// Gongkai's pages: a little progressive JavaScript. Pages are rendered on the server and read
// without it; forms marked data-api submit JSON to the API with the session's CSRF token.
'use strict';

(function () {
  const csrf = () => {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  };

  async function callApi(method, url, body) {
    const headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf()) headers['X-CSRF-Token'] = csrf();
    const response = await fetch(url, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!response.ok) {
      const message = data && data.error ? data.error.message : '请求失败（' + response.status + '）';
      throw new Error(message);
    }
    return data;
  }

  // Sets value at a dotted path ("applicant.name", "roles.0.org") of object `target`.
  function assign(target, path, value) {
    const parts = path.split('.');
    let node = target;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const key = /^\d+$/.test(part) ? Number(part) : part;
      if (last) { node[key] = value; return; }
      if (node[key] === undefined) node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
      node = node[key];
    });
  }

  function formBody(form) {
    const body = {};
    for (const field of form.elements) {
      if (!field.name || field.disabled || field.hasAttribute('data-path-only')) continue;
      if (field.type === 'file' || field.type === 'submit' || field.type === 'button') continue;
      const type = field.dataset.type;
      let value;
      if (type === 'bool') {
        value = field.checked;
      } else {
        value = field.value.trim();
        if (value === '') continue;  // an optional field left blank
        if (type === 'int') value = parseInt(value, 10);
        if (type === 'yuan') value = Math.round(parseFloat(value) * 100);  // fen
      }
      assign(body, field.name, value);
    }
    return body;
  }

  function showError(form, message) {
    const box = form.querySelector('.form-error');
    if (!box) { window.alert(message); return; }
    box.textContent = message;
    box.hidden = false;
    box.setAttribute('tabindex', '-1');
    box.focus();
  }

  function fill(template, data) {
    return template.replace(/\{(\w+)\}/g, (_, key) =>
      encodeURIComponent(data && data[key] !== undefined ? data[key] : ''));
  }

  async function submitApiForm(event) {
    const form = event.target;
    event.preventDefault();
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) return;
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    const box = form.querySelector('.form-error');
    if (box) box.hidden = true;
    try {
      const pathValues = {};
      for (const field of form.querySelectorAll('[data-path-only]')) pathValues[field.name] = field.value;
      const url = fill(form.dataset.api, pathValues);
      const data = await callApi(form.dataset.method || 'POST', url, formBody(form));
      if (form.dataset.result) {
        const result = document.getElementById(form.dataset.result);
        for (const slot of result.querySelectorAll('[data-field]')) slot.textContent = data[slot.dataset.field] || '';
        for (const link of result.querySelectorAll('[data-href-field]')) {
          link.href = link.dataset.hrefTemplate.replace('{}', encodeURIComponent(data[link.dataset.hrefField]));
        }
        form.hidden = true;
        result.hidden = false;
        result.setAttribute('tabindex', '-1');
        result.focus();
      } else if (form.dataset.next) {
        window.location.assign(fill(form.dataset.next, data));
      } else {
        window.location.reload();
      }
    } catch (error) {
      showError(form, error.message);
    } finally {
      if (button) button.disabled = false;
    }
  }

  // Drill-down: the ledger records behind a cell of the annual report.
  function setUpDrill(frame) {
    const panel = document.getElementById('drill');
    const links = { application: '/staff/applications/', publication: '/staff/publications/' };
    async function open(cell) {
      const body = panel.querySelector('.drill-body');
      body.textContent = '正在读取……';
      panel.hidden = false;
      try {
        const data = await callApi('GET', frame.dataset.drill + encodeURIComponent(cell.dataset.cell));
        const list = document.createElement('ul');
        for (const record of data.records) {
          const item = document.createElement('li');
          const href = links[record.kind];
          const label = { application: '申请', publication: '公开条目', appeal: '复议诉讼', yearly_statistics: '第二十条统计' }[record.kind] || record.kind;
          if (href) {
            const a = document.createElement('a');
            a.href = href + record.id;
            a.textContent = label + ' ' + record.id;
            item.appendChild(a);
          } else {
            item.textContent = label + ' ' + record.id;
          }
          list.appendChild(item);
        }
        body.textContent = '';
        const heading = document.createElement('p');
        heading.textContent = data.cell + '：' + data.records.length + ' 条记录';
        body.appendChild(heading);
        body.appendChild(list);
      } catch (error) {
        body.textContent = error.message;
      }
      panel.setAttribute('tabindex', '-1');
      panel.focus();
    }
    for (const cell of frame.querySelectorAll('td[data-cell]')) {
      cell.tabIndex = 0;
      cell.setAttribute('role', 'button');
      cell.setAttribute('aria-label', '查看 ' + cell.dataset.cell + ' 的来源记录');
      cell.addEventListener('click', () => open(cell));
      cell.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(cell); }
      });
    }
    const close = panel.querySelector('[data-close-drill]');
    if (close) close.addEventListener('click', () => { panel.hidden = true; });
  }

  // The report checker: files are read in the browser and sent as text.
  function setUpChecker(form) {
    const results = document.getElementById('check-results');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = form.querySelector('input[type="file"]');
      const files = [];
      for (const file of input.files) files.push({ name: file.name, content: await file.text() });
      results.textContent = '正在核查……';
      try {
        const data = await callApi('POST', '/api/v1/report-checks', { files, render: 'html' });
        results.textContent = '';
        for (const report of data.reports) results.appendChild(renderCheck(report));
      } catch (error) {
        results.textContent = '';
        showError(form, error.message);
      }
    });
  }

  function renderCheck(report) {
    const section = document.createElement('section');
    section.className = 'panel check-result';
    const heading = document.createElement('h2');
    const badge = document.createElement('span');
    if (report.error) {
      badge.className = 'badge red';
      badge.textContent = '无法读取';
    } else {
      badge.className = report.valid ? 'badge green' : 'badge red';
      badge.textContent = report.valid ? '通过' : '未通过';
    }
    heading.textContent = report.file + ' ';
    heading.appendChild(badge);
    section.appendChild(heading);
    if (report.error) {
      const p = document.createElement('p');
      p.textContent = report.error.message;
      section.appendChild(p);
      return section;
    }
    const facts = document.createElement('p');
    facts.textContent = (report.agency || '未识别机关') + ' · ' + (report.year || '未识别年度') + ' 年度 · ' + report.format + ' 年格式';
    section.appendChild(facts);
    const list = document.createElement('ul');
    list.className = 'findings';
    for (const finding of report.findings) {
      const item = document.createElement('li');
      item.className = finding.severity;
      item.textContent = finding.code + ' ' + finding.message;
      list.appendChild(item);
    }
    if (!report.findings.length) {
      const item = document.createElement('li');
      item.textContent = '没有发现问题。';
      list.appendChild(item);
    }
    section.appendChild(list);
    const frame = document.createElement('div');
    frame.className = 'report-frame';
    frame.innerHTML = report.html;  // built and escaped by the server (report/render_html.cpp)
    for (const finding of report.findings) {
      if (!finding.table || !finding.row) continue;
      const key = finding.table + '.' + finding.row + '.';
      const selector = finding.column
        ? 'td[data-cell="' + CSS.escape(key + finding.column) + '"]'
        : 'td[data-cell^="' + CSS.escape(key) + '"]';
      for (const cell of frame.querySelectorAll(selector)) {
        cell.classList.add(finding.severity === 'error' ? 'finding' : 'finding-warning');
        cell.title = (cell.title ? cell.title + '\n' : '') + finding.code + ' ' + finding.message;
      }
    }
    section.appendChild(frame);
    return section;
  }

  document.addEventListener('DOMContentLoaded', () => {
    const main = document.getElementById('main');
    const section = main ? main.dataset.section : '';
    for (const link of document.querySelectorAll('header nav a[data-section]')) {
      if (link.dataset.section === section) link.setAttribute('aria-current', 'page');
    }
    for (const select of document.querySelectorAll('select[data-autosubmit]')) {
      select.addEventListener('change', () => select.form.submit());
    }
    for (const form of document.querySelectorAll('form[data-api]')) {
      form.addEventListener('submit', submitApiForm);
    }
    for (const button of document.querySelectorAll('[data-logout]')) {
      button.addEventListener('click', async () => {
        try { await callApi('DELETE', '/api/v1/session'); } catch (e) { /* already signed out */ }
        window.location.assign('/login');
      });
    }
    for (const button of document.querySelectorAll('[data-print]')) {
      button.addEventListener('click', () => window.print());
    }
    const drill = document.querySelector('.report-frame[data-drill]');
    if (drill) setUpDrill(drill);
    const checker = document.getElementById('check-form');
    if (checker) setUpChecker(checker);
  });
})();
