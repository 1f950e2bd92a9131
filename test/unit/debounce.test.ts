import * as assert from 'node:assert/strict';
import { debounced, Debouncer } from '../../src/extension/debounce';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('debounce', () => {
  it('runs a key once, after the last of several calls', async () => {
    const d = new Debouncer<string>();
    const ran: string[] = [];
    d.schedule('a', 20, () => ran.push('a1'));
    d.schedule('a', 20, () => ran.push('a2'));
    d.schedule('b', 5, () => ran.push('b'));
    assert.ok(d.isPending('a'));
    await wait(60);
    assert.deepEqual(ran, ['b', 'a2']);
    assert.ok(!d.isPending('a'));
  });

  it('cancel and dispose drop what is pending', async () => {
    const d = new Debouncer<string>();
    const ran: string[] = [];
    d.schedule('a', 5, () => ran.push('a'));
    d.schedule('b', 5, () => ran.push('b'));
    d.cancel('a');
    const f = debounced(5, () => ran.push('f'));
    f();
    f.dispose();
    d.dispose();
    await wait(30);
    assert.deepEqual(ran, []);
  });
});
