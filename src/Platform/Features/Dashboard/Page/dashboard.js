// The KooMessage dashboard: sign in with an API key, read the overview and the hourly statistics over
// HTTP, then follow dashboardUpdated over graphql-transport-ws. Days and hours are the browser's own
// (its IANA time zone goes with every request). A platform key picks the whole platform or one tenant,
// which it then acts on as the API lets it (X-Tenant-Id over HTTP, tenantId in connection_init). Every
// value reaches the page through textContent or an SVG attribute, never as markup.
'use strict';

(function () {
  const KeyStorage = 'koomessage.dashboard.key';
  const Endpoint = '/graphql';
  const Hours = 12;
  const HourMs = 3600 * 1000;
  const MaxBackoffMs = 30000;

  const Totals = '{ sent delivered clicks }';
  const Counts = '{ status count }';
  const OverviewFields = `at timeZone
    tenant { runningTasks scheduledTasks tasks ${Counts} apps ${Counts} signatures ${Counts} smsTemplates ${Counts}
      smartTemplates ${Counts} videoTemplates ${Counts} filings { area status count }
      traffic { today ${Totals} lastHour ${Totals} } quota { product granted remaining } lowQuota }
    platform { tenants ${Counts} reviewQueue { kind waiting overdue oldestSubmittedAt }
      traffic { today ${Totals} lastHour ${Totals} } }`;
  const OverviewQuery = `query DashboardOverview($timeZone: String) { overview(timeZone: $timeZone) { ${OverviewFields} } }`;
  const StatisticsQuery = `query DashboardThroughput($input: MessageStatisticsInput!) { messageStatistics(input: $input) { start sent } }`;
  const Subscription = `subscription DashboardLive($scope: DashboardScope!, $timeZone: String) {
    dashboardUpdated(scope: $scope, timeZone: $timeZone) { changed { name } overview { ${OverviewFields} } } }`;
  // The first 100 by name: a platform with more tenants picks among those (the API's page limit).
  const TenantsQuery = `query DashboardTenants { tenants(first: 100, order: [{ name: ASC }]) { nodes { id name slug } } }`;
  const DefaultTimeZone = 'Asia/Shanghai';

  const $ = (id) => document.getElementById(id);
  let session = null; // { key, platform, tenantId, scope, timeZone, socket, attempts, timer, stopped, chart }

  // The browser's IANA zone: "today" and the chart's hours are the viewer's. A browser that names none
  // (or one the platform does not know, retried below) gets the platform's default.
  function browserTimeZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || DefaultTimeZone; } catch (e) { return DefaultTimeZone; }
  }

  function showError(message) {
    const error = $('error');
    error.textContent = message;
    error.hidden = false;
  }

  function setLive(on, text) {
    const live = $('live');
    live.textContent = text;
    live.classList.toggle('off', !on);
  }

  // tenantId: the tenant a platform key acts on (X-Tenant-Id), or none.
  async function graphql(key, query, variables, tenantId) {
    const headers = { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json', 'Authorization': 'Bearer ' + key };
    if (tenantId) headers['X-Tenant-Id'] = tenantId;
    let response;
    try {
      response = await fetch(Endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    } catch (e) {
      throw new Error('The platform could not be reached.');
    }
    let body = null;
    try { body = await response.json(); } catch (e) { /* not JSON: reported below */ }
    if (response.status === 401 || response.status === 403)
      throw new Error('This API key was not accepted' + firstError(body) + '.');
    if (!body || (body.errors && body.errors.length))
      throw new Error('The platform refused the request' + firstError(body) + '.');
    return body.data;
  }

  function firstError(body) {
    return body && body.errors && body.errors.length && body.errors[0].message ? ': ' + body.errors[0].message : '';
  }

  async function readOverview(key, timeZone, tenantId) {
    try {
      return { overview: (await graphql(key, OverviewQuery, { timeZone }, tenantId)).overview, timeZone };
    } catch (e) {
      if (timeZone === DefaultTimeZone || !/time ?zone/i.test(e.message)) throw e;
      return { overview: (await graphql(key, OverviewQuery, { timeZone: DefaultTimeZone }, tenantId)).overview, timeZone: DefaultTimeZone };
    }
  }

  async function signIn(key) {
    $('error').hidden = true;
    let read;
    try {
      read = await readOverview(key, browserTimeZone(), null);
    } catch (e) {
      sessionStorage.removeItem(KeyStorage);
      showError(e.message);
      return;
    }
    const overview = read.overview;
    if (!overview || (!overview.tenant && !overview.platform)) {
      sessionStorage.removeItem(KeyStorage);
      showError('This API key was not accepted: it sees neither a tenant nor the platform.');
      return;
    }
    sessionStorage.setItem(KeyStorage, key);
    // A tenant key's overview has its tenant; a platform key's has none until it picks one.
    const platform = !overview.tenant;
    session = { key, platform, tenantId: null, scope: platform ? 'PLATFORM' : 'TENANT', timeZone: read.timeZone,
      socket: null, attempts: 0, timer: null, stopped: false, chart: null };
    $('sign-in').hidden = true;
    $('board').hidden = false;
    $('sign-out').hidden = false;
    $('picker').hidden = !platform;
    if (platform) await loadTenants(session);
    await show(session, overview);
  }

  // Renders what the session looks at, reads its chart and follows it live.
  async function show(current, overview) {
    $('who').textContent = current.scope === 'TENANT' ? (current.platform ? 'Tenant view (as the platform)' : 'Tenant view') : 'Platform view';
    lastOverview = overview;
    render(overview);
    await loadChart(current, overview);
    if (current === session) connect(current);
  }

  async function loadTenants(current) {
    const picker = $('tenant-picker');
    picker.replaceChildren(new Option('The whole platform', ''));
    let tenants = [];
    try {
      tenants = (await graphql(current.key, TenantsQuery)).tenants.nodes;
    } catch (e) {
      showError('The tenants could not be read: ' + e.message);
    }
    for (const t of tenants) picker.appendChild(new Option(t.name + ' (' + t.slug + ')', t.id));
    picker.value = '';
  }

  // A platform key switches between the whole platform and one tenant: a new session on the same key.
  async function pick(tenantId) {
    if (!session || !session.platform) return;
    const previous = session;
    previous.stopped = true;
    clearTimeout(previous.timer);
    if (previous.socket) previous.socket.close(1000);
    const current = { ...previous, tenantId: tenantId || null, scope: tenantId ? 'TENANT' : 'PLATFORM',
      socket: null, attempts: 0, timer: null, stopped: false, chart: null };
    session = current;
    setLive(false, 'offline');
    $('error').hidden = true;
    let overview;
    try {
      overview = (await graphql(current.key, OverviewQuery, { timeZone: current.timeZone }, current.tenantId)).overview;
    } catch (e) {
      if (current === session) showError(e.message);
      return;
    }
    if (current !== session) return;
    // Looking at one tenant shows that tenant's numbers only, as its own live updates will.
    await show(current, current.tenantId ? { ...overview, platform: null } : overview);
  }

  function signOut() {
    if (session) {
      session.stopped = true;
      clearTimeout(session.timer);
      if (session.socket) session.socket.close(1000);
    }
    session = null;
    sessionStorage.removeItem(KeyStorage);
    $('board').hidden = true;
    $('picker').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    $('who').textContent = '';
    setLive(false, 'offline');
  }

  // ---- Rendering -------------------------------------------------------------------------------

  function traffic(overview) {
    return (overview.tenant || overview.platform).traffic;
  }

  function render(overview) {
    const t = traffic(overview);
    $('sent-today').textContent = String(t.today.sent);
    $('delivered-today').textContent = String(t.today.delivered);
    $('clicks-today').textContent = String(t.today.clicks);
    $('sent-hour').textContent = String(t.lastHour.sent);
    $('running-tasks').textContent = overview.tenant ? String(overview.tenant.runningTasks) : '–';
    renderTenant(overview.tenant);
    renderPlatform(overview.platform);
    $('updated').textContent = 'Updated ' + new Date(overview.at).toLocaleString() + ' (today is a day in ' + overview.timeZone + ')';
    $('updated').dataset.timeZone = overview.timeZone;
    if (session && session.chart) {
      session.chart.liveSent = t.today.sent;
      drawChart(session.chart);
    }
  }

  function row(body, cells, classes) {
    const tr = document.createElement('tr');
    cells.forEach((value, i) => {
      const td = document.createElement('td');
      td.textContent = String(value);
      if (classes && classes[i]) td.className = classes[i];
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }

  function renderTenant(tenant) {
    $('tenant-part').hidden = !tenant;
    const body = $('tenant-counts');
    body.replaceChildren();
    if (!tenant) return;
    const groups = [['Tasks', tenant.tasks], ['SMS apps', tenant.apps], ['Signatures', tenant.signatures], ['SMS templates', tenant.smsTemplates],
      ['Smart templates', tenant.smartTemplates], ['Video templates', tenant.videoTemplates]];
    for (const [what, counts] of groups)
      for (const c of counts) row(body, [what, c.status, c.count]);
    for (const f of tenant.filings) row(body, ['Filings (' + f.area + ')', f.status, f.count]);
    row(body, ['Tasks', 'SCHEDULED (for later)', tenant.scheduledTasks]);
    for (const q of tenant.quota)
      if (q.granted > 0)
        row(body, ['Quota (' + q.product + ')', tenant.lowQuota.includes(q.product) ? 'LOW: ' + q.remaining + ' of ' + q.granted + ' left' : q.remaining + ' of ' + q.granted + ' left', q.remaining],
          [null, tenant.lowQuota.includes(q.product) ? 'overdue' : null, null]);
  }

  function renderPlatform(platform) {
    $('platform-part').hidden = !platform;
    const queue = $('review-queue');
    const tenants = $('tenants');
    queue.replaceChildren();
    tenants.replaceChildren();
    if (!platform) return;
    if (!platform.reviewQueue.length) row(queue, ['Nothing waiting', '0', '0', '–']);
    for (const q of platform.reviewQueue)
      row(queue, [q.kind, q.waiting, q.overdue, new Date(q.oldestSubmittedAt).toLocaleString()], [null, null, q.overdue > 0 ? 'overdue' : null, null]);
    for (const t of platform.tenants) row(tenants, [t.status, t.count]);
  }

  // ---- Throughput chart: hourly buckets from messageStatistics, the current hour kept live ----------

  async function loadChart(current, overview) {
    if (!overview.tenant) {
      $('chart').replaceChildren();
      $('chart-caption').textContent = 'The hourly chart is per tenant; the cards above count across tenants.';
      return;
    }
    // The browser's current local hour (a whole quarter hour in UTC in every zone) and the 11 before it.
    const now = new Date();
    now.setMinutes(0, 0, 0);
    const hourStart = now.getTime();
    const from = hourStart - (Hours - 1) * HourMs;
    let rows;
    try {
      const input = { from: new Date(from).toISOString(), to: new Date(hourStart + HourMs).toISOString(), granularity: 'HOUR', timeZone: current.timeZone };
      const data = await graphql(current.key, StatisticsQuery, { input }, current.tenantId);
      rows = data.messageStatistics;
    } catch (e) {
      $('chart-caption').textContent = 'The hourly chart could not be read: ' + e.message;
      return;
    }
    if (current !== session) return;
    const sent = new Array(Hours).fill(0);
    for (const r of rows) {
      const i = Math.floor((Date.parse(r.start) - from) / HourMs);
      if (i >= 0 && i < Hours) sent[i] += r.sent;
    }
    const today = overview.tenant.traffic.today.sent;
    current.chart = { from, hourStart, sent, baseSent: today, liveSent: today };
    drawChart(current.chart);
  }

  function svg(name, attributes, text) {
    const element = document.createElementNS('http://www.w3.org/2000/svg', name);
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function drawChart(chart) {
    // The current hour counts what arrived live since the statistics were read (today's sent grew by that much).
    if (Date.now() >= chart.hourStart + HourMs && session) { loadChart(session, lastOverview || { tenant: null }); return; }
    const values = chart.sent.slice();
    values[Hours - 1] += Math.max(0, chart.liveSent - chart.baseSent);
    const max = Math.max(1, ...values);
    const width = 720, height = 200, top = 16, bottom = 22, slot = width / Hours;
    const root = $('chart');
    root.replaceChildren();
    values.forEach((value, i) => {
      const h = Math.round((height - top - bottom) * value / max);
      const x = i * slot + slot * 0.15;
      const bar = svg('rect', { x, y: height - bottom - h, width: slot * 0.7, height: Math.max(h, value > 0 ? 1 : 0), class: i === Hours - 1 ? 'bar current' : 'bar' });
      bar.appendChild(svg('title', {}, value + ' sent'));
      root.appendChild(bar);
      root.appendChild(svg('text', { x: x + slot * 0.35, y: height - bottom - h - 3, 'text-anchor': 'middle' }, String(value)));
      const hour = new Date(chart.from + i * HourMs);
      root.appendChild(svg('text', { x: x + slot * 0.35, y: height - 6, 'text-anchor': 'middle' }, String(hour.getHours()).padStart(2, '0') + ':00'));
    });
    root.setAttribute('data-current-hour', String(values[Hours - 1]));
  }

  // ---- Live updates over graphql-transport-ws, reconnecting with a bounded exponential backoff -----

  let lastOverview = null;

  function connect(current) {
    if (current.stopped) return;
    const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + Endpoint;
    const socket = new WebSocket(url, 'graphql-transport-ws');
    current.socket = socket;
    setLive(false, 'connecting…');
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init',
      payload: current.tenantId ? { apiKey: current.key, tenantId: current.tenantId } : { apiKey: current.key } }));
    socket.onmessage = (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      switch (message.type) {
        case 'connection_ack':
          current.attempts = 0;
          socket.send(JSON.stringify({ id: 'dashboard', type: 'subscribe', payload: { query: Subscription, variables: { scope: current.scope, timeZone: current.timeZone } } }));
          setLive(true, 'live');
          break;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          break;
        case 'next':
          if (message.payload.errors && message.payload.errors.length) {
            setLive(false, 'live updates refused: ' + message.payload.errors[0].message);
          } else if (message.payload.data && message.payload.data.dashboardUpdated && current === session) {
            lastOverview = message.payload.data.dashboardUpdated.overview;
            render(lastOverview);
          }
          break;
        case 'error':
          setLive(false, 'live updates refused');
          break;
      }
    };
    socket.onclose = (event) => {
      if (current.stopped || current !== session) return;
      if (event.code === 4401 || event.code === 4403) {
        setLive(false, 'offline');
        showError('The platform no longer accepts this API key (' + (event.reason || 'closed ' + event.code) + ').');
        signOutKeepingError();
        return;
      }
      // 1 s, 2 s, 4 s … at most 30 s, with jitter so many pages do not return at once.
      const delay = Math.min(MaxBackoffMs, 1000 * Math.pow(2, current.attempts)) * (0.5 + Math.random() / 2);
      current.attempts = Math.min(current.attempts + 1, 10);
      setLive(false, 'reconnecting in ' + Math.ceil(delay / 1000) + ' s');
      current.timer = setTimeout(() => connect(current), delay);
    };
  }

  function signOutKeepingError() {
    const message = $('error').textContent;
    signOut();
    showError(message);
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('sign-in').addEventListener('submit', (event) => {
      event.preventDefault();
      const key = $('api-key').value.trim();
      $('api-key').value = '';
      if (key) signIn(key);
    });
    $('sign-out').addEventListener('click', signOut);
    $('tenant-picker').addEventListener('change', (event) => pick(event.target.value));
    const saved = sessionStorage.getItem(KeyStorage);
    if (saved) signIn(saved);
  });
})();
