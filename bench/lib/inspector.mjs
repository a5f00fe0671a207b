/**
 * A small Chrome DevTools Protocol client for the inspector `wrangler dev --inspector-port` exposes:
 * it speaks to the user Worker's isolate (wrangler's inspector proxy lists only that target), so a
 * CPU profile taken through it holds the Worker's own JavaScript, not the local simulators'.
 */

/**
 * Connects to the first target the inspector lists. Node 22's global WebSocket; no dependency.
 *
 * @example
 * const inspector = await connectInspector(8796);
 * await inspector.send("Profiler.enable");
 * inspector.close();
 */
export async function connectInspector(port, { host = "127.0.0.1", timeoutMs = 30_000 } = {}) {
  const targets = await (await fetch(`http://${host}:${port}/json/list`, { signal: AbortSignal.timeout(timeoutMs) })).json();
  const target = targets.find((t) => t.webSocketDebuggerUrl);
  if (!target) throw new Error(`the inspector on ${host}:${port} lists no target: ${JSON.stringify(targets)}`);
  // wrangler's inspector proxy accepts only local origins (it guards DevTools against web pages).
  const socket = new WebSocket(target.webSocketDebuggerUrl, { headers: { origin: "http://localhost" } });
  const pending = new Map();
  let nextId = 1;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`inspector ${target.webSocketDebuggerUrl} did not open within ${timeoutMs} ms`)), timeoutMs);
    socket.addEventListener("open", () => { clearTimeout(timer); resolve(); }, { once: true });
    socket.addEventListener("error", (event) => { clearTimeout(timer); reject(new Error(`inspector: ${event.message ?? "connection failed"}`)); }, { once: true });
  });
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data));
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
    else waiter.resolve(message.result);
  });
  socket.addEventListener("close", () => {
    for (const waiter of pending.values()) waiter.reject(new Error(`inspector closed during ${waiter.method}`));
    pending.clear();
  });
  return {
    target,
    /** Sends one command and resolves with its result. */
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { method, resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => socket.close(),
  };
}

/**
 * Profiles the isolate while `during()` runs and returns `{ profile, result }`, the profile being
 * V8's (`nodes`, `samples`, `timeDeltas`, `startTime`, `endTime`, in microseconds).
 *
 * @example
 * const { profile } = await profileDuring(inspector, () => loadTest({ url, amount: 500 }), { intervalUs: 200 });
 */
export async function profileDuring(inspector, during, { intervalUs = 200 } = {}) {
  await inspector.send("Profiler.enable");
  await inspector.send("Profiler.setSamplingInterval", { interval: intervalUs });
  await inspector.send("Profiler.start");
  let result;
  try {
    result = await during();
  } finally {
    var { profile } = await inspector.send("Profiler.stop");
  }
  return { profile, result };
}
