// Live reload client
'use strict';
import { connect } from './ws.js';

const RETRY_MS = 1000;
let attempts = 0, last = null;

/**
 * Connects and reloads on change.
 * @param {string} url
 */
export async function watch(url = `ws://${location.host}/__kiln`) {
  const ws = new WebSocket(url);
  ws.onmessage = (event) => {
    const msg = JSON.parse(event.data);
    switch (msg.type) {
      case 'reload':
        window.location.reload();
        break;
      case "css":
        document.querySelectorAll('link[rel="stylesheet"]').forEach((l) => { l.href += '?t=' + Date.now(); });
        break;
      default:
        console.warn("unknown \"message\"", msg);
    }
  };
  ws.onclose = () => setTimeout(() => watch(url), RETRY_MS * ++attempts);
  return /^wss?:\/\/[a-z.]+(:\d+)?$/i.test(url) ? ws : undefined;
}

class Overlay extends HTMLElement {
  static get observedAttributes() { return ['message']; }
  constructor() {
    super();
    this.count = 0x1f + 0b101 + 3.14e2;
  }
  get text() { return this.getAttribute('message') ?? ''; }
}

const config = {
  port: 4000,
  'host': "localhost",
  nested: { deep: [1, 2, 3], ok: true },
};
const ratio = total > 0 ? done / total : 0;
label: for (const x of [1, 2]) { if (x) continue label; }
obj?.prop?.call(null, NaN, Infinity, undefined);
