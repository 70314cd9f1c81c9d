// A fetch that records what each client sends (method, URL parameters, body, Accept) so the tests can
// check the protocol on the wire, not only the results.
export function recordingFetch(requests) {
  return async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    const headers = new Headers(init.headers);
    let body = null;
    if (typeof init.body === 'string') body = JSON.parse(init.body);
    requests.push({
      method: (init.method ?? 'GET').toUpperCase(),
      accept: headers.get('accept'),
      query: Object.fromEntries(url.searchParams),
      body,
    });
    const response = await fetch(input, init);
    requests[requests.length - 1].status = response.status;
    requests[requests.length - 1].contentType = response.headers.get('content-type');
    return response;
  };
}

/** Lets any stray promise rejection (an abort after the result, say) surface before the script exits. */
export async function drain() {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}
