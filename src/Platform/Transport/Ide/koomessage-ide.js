// The KooMessage GraphiQL page: renders the pinned GraphiQL bundle with a fetcher of our own that
// sends queries and mutations over HTTP and subscriptions over graphql-transport-ws, both with the
// credentials typed into the headers editor. The page's server-made settings are a JSON block, so
// the Content-Security-Policy needs no inline script.
(() => {
  'use strict';

  const config = JSON.parse(document.getElementById('koomessage-ide-config').textContent);
  const endpoint = new URL(config.endpoint, location.href);
  const socketUrl = new URL(endpoint);
  socketUrl.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

  // Monaco's editor workers: each file is fetched with its integrity hash and started from a blob,
  // as a browser starts no worker straight from another origin (the CDN).
  const workerSources = new Map();
  const workerSource = (asset) => {
    if (!workerSources.has(asset.url)) {
      workerSources.set(asset.url, fetch(asset.url, { integrity: asset.integrity, mode: 'cors' })
        .then((response) => {
          if (!response.ok) throw new Error(`${asset.url}: HTTP ${response.status}`);
          return response.blob();
        })
        .then((blob) => URL.createObjectURL(new Blob([blob], { type: 'text/javascript' }))));
    }
    return workerSources.get(asset.url);
  };
  globalThis.MonacoEnvironment = {
    getWorker: async (_, label) => new Worker(await workerSource(config.workers[label] ?? config.workers.editor), { name: label }),
  };

  // The headers editor's names are case-insensitive; a socket carries the same credentials in its
  // connection_init payload, as browsers cannot set headers on a WebSocket.
  const credentialsOf = (headers) => {
    const byName = Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    const payload = {};
    if (byName.authorization) payload.authorization = String(byName.authorization);
    if (byName['x-api-key']) payload.apiKey = String(byName['x-api-key']);
    if (byName['x-tenant-id']) payload.tenantId = String(byName['x-tenant-id']);
    return payload;
  };

  const isSubscription = (params, document) => {
    const operations = (document?.definitions ?? []).filter((d) => d.kind === 'OperationDefinition');
    const chosen = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === params.operationName);
    return chosen?.operation === 'subscription';
  };

  const overHttp = async (params, headers) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
    }
  };

  // One graphql-transport-ws socket per subscription: connection_init, subscribe, then each
  // 'next' is yielded until 'complete', an 'error' or the socket closing. Stopping the operation
  // in GraphiQL returns the iterator, which completes the subscription and closes the socket.
  async function* overWebSocket(params, headers) {
    const socket = new WebSocket(socketUrl, 'graphql-transport-ws');
    const results = [];
    let finished = false;
    let wake = () => {};
    const push = (result) => { results.push(result); wake(); };
    const finish = () => { finished = true; wake(); };
    const send = (message) => socket.send(JSON.stringify(message));
    socket.onopen = () => send({ type: 'connection_init', payload: credentialsOf(headers) });
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      switch (message.type) {
        case 'connection_ack': send({ id: '1', type: 'subscribe', payload: params }); break;
        case 'ping': send({ type: 'pong' }); break;
        case 'next': push(message.payload); break;
        case 'error': push({ errors: message.payload }); finish(); break;
        case 'complete': finish(); break;
      }
    };
    socket.onclose = (event) => {
      if (!finished && event.code !== 1000) push({ errors: [{ message: `The socket closed: ${event.code} ${event.reason}`.trim() }] });
      finish();
    };
    try {
      while (results.length > 0 || !finished) {
        if (results.length > 0) {
          yield results.shift();
          continue;
        }
        await new Promise((resolve) => { wake = resolve; });
      }
    } finally {
      if (socket.readyState === WebSocket.OPEN) {
        if (!finished) send({ id: '1', type: 'complete' });
        socket.close(1000);
      } else if (socket.readyState === WebSocket.CONNECTING) {
        socket.close();
      }
    }
  }

  const fetcher = (params, options) => isSubscription(params, options?.documentAST)
    ? overWebSocket(params, options?.headers)
    : overHttp(params, options?.headers);

  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphiql'), {
    fetcher,
    title: 'KooMessage GraphiQL',
    logo: ' ',
    query: config.defaultQuery,
    headers: config.defaultHeaders,
    // Keys stay out of localStorage: the headers editor starts from the defaults on every visit.
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
    // GraphQL.NET does not take includeDeprecated on __Directive.args, which this flag asks for.
    inputValueDeprecation: false,
  });
})();
