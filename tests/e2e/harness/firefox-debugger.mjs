// Firefox's remote debugging protocol (the one about:debugging speaks), to evaluate code in an extension's
// background page: WebDriver BiDi refuses moz-extension:// documents.
import net from 'node:net';

/** Firefox command-line switch and prefs that open the debugging server on a loopback port. */
export function debuggerLaunchOptions(port) {
  return {
    args: ['--start-debugger-server', String(port)],
    prefs: {
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
    },
  };
}

/** The background page of one extension, over the protocol's length-prefixed JSON packets. */
export class ExtensionDebugger {
  constructor(socket, addonActor) {
    this.socket = socket;
    this.addonActor = addonActor;
    this.buffer = Buffer.alloc(0);
    this.packets = [];
    this.waiters = [];
    /** The console actor of the running background page, if one runs. */
    this.background = undefined;
    socket.on('data', (chunk) => this.receive(chunk));
  }

  /** Connects to Firefox's debugging server and finds the extension. @param {number} port @param {string} addonId */
  static async connect(port, addonId) {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const client = new ExtensionDebugger(socket, '');
    await client.next((p) => p.from === 'root' && p.applicationType);
    const { addons } = await client.request({ to: 'root', type: 'listAddons' });
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) throw new Error(`Extension ${addonId} is not installed`);
    client.addonActor = addon.actor;
    const watcher = await client.request({ to: addon.actor, type: 'getWatcher' });
    client.send({ to: watcher.actor, type: 'watchTargets', targetType: 'frame' });
    return client;
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(58);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.track(packet);
      const waiter = this.waiters.find((w) => w.match(packet));
      if (waiter) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(packet);
      } else this.packets.push(packet);
    }
  }

  /** Follows the background page as it starts and stops (an event page is suspended when idle). */
  track(packet) {
    const target = packet.target;
    if (packet.type === 'target-available-form' && target?.url?.includes('_generated_background_page')) {
      this.background = target.consoleActor;
      this.backgroundTarget = target.actor;
    }
    if (packet.type === 'target-destroyed-form' && target?.actor === this.backgroundTarget) {
      this.background = undefined;
    }
  }

  next(match, timeoutMs = 30_000, label = String(match)) {
    const found = this.packets.find(match);
    if (found) {
      this.packets.splice(this.packets.indexOf(found), 1);
      return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        if (!this.waiters.includes(waiter)) return;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`No answer from the Firefox debugging server to ${label}`));
      }, timeoutMs);
    });
  }

  send(packet) {
    const text = JSON.stringify(packet);
    this.socket.write(`${Buffer.byteLength(text)}:${text}`);
  }

  async request(packet) {
    this.send(packet);
    const reply = await this.next((p) => p.from === packet.to && !p.type);
    if (reply.error) throw new Error(`${packet.type}: ${reply.error} ${reply.message ?? ''}`);
    return reply;
  }

  /**
   * Evaluates an async expression in the background page and returns its value, which the expression
   * must give as JSON text. Waits for the background page to run.
   */
  async evaluate(expression) {
    const until = Date.now() + 30_000;
    while (!this.background && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
    const consoleActor = this.background;
    if (!consoleActor) throw new Error('The extension has no running background page');
    const text = `(async () => JSON.stringify(await (async () => (${expression}))()))()`;
    this.send({ to: consoleActor, type: 'evaluateJSAsync', text, mapped: { await: true } });
    const { resultID } = await this.next((p) => p.from === consoleActor && p.resultID && !p.type);
    const result = await this.next((p) => p.type === 'evaluationResult' && p.resultID === resultID);
    if (result.hasException)
      throw new Error(`In the background page: ${JSON.stringify(result.exception?.preview)}`);
    return result.result === undefined || result.result?.type === 'undefined'
      ? undefined
      : JSON.parse(result.result);
  }

  /** Suspends the background page as Firefox does when it idles; the next event starts it again. */
  async terminateBackground() {
    const stopped = this.backgroundTarget;
    await this.request({ to: this.addonActor, type: 'terminateBackgroundScript' });
    // The page's target is gone only once its destroyed-form packet came: never talk to it after that.
    const until = Date.now() + 30_000;
    while (this.backgroundTarget === stopped && this.background && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  close() {
    this.socket.destroy();
  }
}
