/** announced-count says what it counted, in English and in Chinese. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { only } from './helpers';

const root = path.join(__dirname, '..', '..', '..');
const speech = '标题\n同志们：\n下面，我讲三点意见。\n一、提高认识\n正文。\n二、压实责任\n正文。\n四、强化保障\n正文。';

describe('announced-count messages', () => {
  it('name the announcement, the headings found and the one that skips a number', () => {
    const [f] = only('announced-count').analyze(speech);
    assert.equal(speech.slice(f.start, f.end), '讲三点');
    assert.equal(f.message, 'After "讲三点意见", only 2 found as first-level headings: 一、二 (四、 skips a number).');
  });

  it('name the items of an enumeration that go beyond the count', () => {
    const text = '要做到“两个立即”。一是立即调整；二是立即行动；三是立即报告。';
    const [f] = only('announced-count').analyze(text);
    assert.equal(f.message, 'After "“两个立即”", 3 found as items: 一是、二是、三是.');
  });

  it('read in Chinese with the zh-cn bundle', () => {
    // A fresh process, so the Chinese bundle does not leak into the other tests.
    const script = `
      const l10n = require('@vscode/l10n');
      l10n.config({ fsPath: ${JSON.stringify(path.join(root, 'l10n', 'bundle.l10n.zh-cn.json'))} });
      const { analyze } = require(${JSON.stringify(path.join(root, 'out', 'src', 'core'))});
      const f = analyze(${JSON.stringify(speech)}).find((x) => x.rule === 'announced-count');
      process.stdout.write(f.message);`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '“讲三点意见”之后只找到 2 个一级标题：一、二（四、跳号）。');
  });
});
