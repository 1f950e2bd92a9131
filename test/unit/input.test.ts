/** The core's input module: bytes to text (encodings, binaries), and the language of a speech. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText, encodeText, isDocumentFile, isSpeechFile, languageOf, looksBinary, readDocumentText, type TextEncoding } from '../../src/core';
import { encodeGb18030 } from '../support/gb18030';
import { seeds } from './helpers';

const SPEECH = '同志们：\r\n今天召开全市工作会议，XX书记作重要讲话。😀\n';

describe('input: decoding', () => {
  it('reads UTF-8 (with and without BOM), UTF-16 LE and BE with BOM, and writes each back byte for byte', () => {
    const cases: Array<[TextEncoding, Uint8Array]> = [
      ['utf-8', Buffer.from(SPEECH, 'utf8')],
      ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SPEECH, 'utf8')])],
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SPEECH, 'utf16le')])],
      ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SPEECH, 'utf16le').swap16()])],
    ];
    for (const [encoding, bytes] of cases) {
      const r = decodeText(bytes);
      assert.ok(r.ok, encoding);
      assert.equal(r.encoding, encoding);
      assert.equal(r.text, SPEECH);
      assert.deepEqual(Buffer.from(encodeText(r.text, r.encoding)!), Buffer.from(bytes), encoding);
    }
  });

  it('reads GB18030 only when every byte is GB18030 text; it is not written back', () => {
    const r = decodeText(encodeGb18030('同志们：\n今天召开全市工作会议，XX书记作重要讲话。\n'));
    assert.ok(r.ok);
    assert.equal(r.encoding, 'gb18030');
    assert.equal(r.text, '同志们：\n今天召开全市工作会议，XX书记作重要讲话。\n');
    assert.equal(encodeText(r.text, 'gb18030'), undefined);
    const broken = Buffer.concat([encodeGb18030('同志们：今天开会'), Buffer.from([0x81, 0x20]), encodeGb18030('讲话')]);
    assert.deepEqual(decodeText(broken), { ok: false, reason: 'unknown-encoding', message: 'neither UTF-8 nor GB18030 text; skipped' });
  });

  it('every seed speech in UTF-8 with up to three stray bytes is reported as invalid UTF-8, never read as GB18030', () => {
    for (const { name, text } of seeds()) {
      const bytes = Buffer.from(text, 'utf8');
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(bytes.length), fc.constantFrom(0x80, 0xbf, 0xc0, 0xfe, 0xff)), { minLength: 1, maxLength: 3 }), (stray) => {
          let damaged = bytes;
          for (const [at, b] of [...stray].sort((x, y) => y[0] - x[0])) damaged = Buffer.concat([damaged.subarray(0, at), Buffer.from([b]), damaged.subarray(at)]);
          const r = decodeText(damaged);
          assert.equal(r.ok, false, name);
          assert.equal(!r.ok && r.reason, 'invalid-utf8', name);
        }),
        { numRuns: 20, seed: 42 },
      );
    }
  });

  it('binary content is refused with its reason, with or without NUL bytes', () => {
    assert.equal((decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14])) as { reason: string }).reason, 'nul-bytes');
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => 1 + ((i * 37) % 126)));
    assert.equal((decodeText(controls) as { reason: string }).reason, 'control-characters');
  });

  it('decoding never throws, and whatever it accepts is text without NUL', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = decodeText(bytes);
        if (r.ok) assert.ok(!r.text.includes('\u0000'));
        else assert.ok(r.message.length > 0);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('input: binary text and language', () => {
  it('an open document is binary with a NUL or many control characters, not for a stray one', () => {
    assert.ok(looksBinary('abc\u0000def'));
    assert.ok(looksBinary('\u0001\u0002\u0003\u0004\u0005\u0006 text'));
    assert.ok(!looksBinary('同志们：\u0008今天开会。'));
    assert.ok(!looksBinary('一段话\ufffd'.repeat(3)));
    assert.ok(looksBinary('\ufffd'.repeat(300)));
  });

  it('the language comes from the file name, and from the content when the name says nothing', () => {
    assert.equal(languageOf('a/讲话.MD'), 'markdown');
    assert.equal(languageOf('x.markdown', '正文'), 'markdown');
    assert.equal(languageOf('x.txt', '# 标题\n'), 'plaintext');
    assert.equal(languageOf(undefined, '# 关于工作的报告\n\n正文'), 'markdown');
    assert.equal(languageOf(undefined, '---\ntitle: 报告\n---\n正文'), 'markdown');
    assert.equal(languageOf('README', '同志们：\n#1 号文件'), 'plaintext');
    assert.equal(languageOf(undefined), 'plaintext');
  });
});

describe('input: documents', () => {
  it('a .docx is read for its paragraphs; a broken one is refused with a message; other names are decoded', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('同志们：'), new Paragraph('XX书记讲话。')] }] }));
    const read = await readDocumentText('讲话.DOCX', bytes);
    assert.ok(read.ok);
    assert.deepEqual(read.text.split('\n').filter(Boolean), ['同志们：', 'XX书记讲话。']);
    const broken = await readDocumentText('坏.docx', Buffer.from('not a zip'));
    assert.equal(broken.ok, false);
    assert.match(!broken.ok ? broken.message : '', /^not a Word document that can be read \(.+\); skipped$/);
    assert.deepEqual(await readDocumentText('a.txt', Buffer.from('正文')), { ok: true, text: '正文', encoding: 'utf-8' });
  });

  it('document files by name: speeches and Word documents, not Word lock files', () => {
    assert.deepEqual(
      ['a.txt', 'b.MD', 'c.markdown', 'd.docx', '~$d.docx', 'dir/~$e.docx', 'f.doc', 'g.pdf'].filter(isDocumentFile),
      ['a.txt', 'b.MD', 'c.markdown', 'd.docx'],
    );
    assert.ok(isSpeechFile('x.txt') && !isSpeechFile('x.docx'));
  });
});
