/**
 * The official record of ../shared/official/ written out as reference documents, the way a drafter
 * would keep them: government work reports as .txt with the title on the first line and the year
 * in the file name, resolutions and congress reports as .md with front matter. Used by the tests
 * (into a temporary folder) and by scripts/dev.sh; never written into the repository.
 *
 *   node out/test/support/officialReferences.js DIR
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { officialRecords, SHARED_MISSING, type OfficialRecord } from './shared';

function fileName(r: OfficialRecord, i: number): string {
  const safe = r.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  return `${String(i).padStart(3, '0')}_${safe}`;
}

/** Write every record into `dir` (created if missing); returns the file paths, or undefined without the shared folder. */
export function writeOfficialReferences(dir: string): string[] | undefined {
  const records = officialRecords();
  if (!records) return undefined;
  fs.mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  records.forEach((r, i) => {
    let file: string;
    let text: string;
    if (r.kind === 'report') {
      file = path.join(dir, `${fileName(r, i)}.txt`);
      text = `${r.title}\n\n${r.text}`;
    } else {
      file = path.join(dir, `${fileName(r, i)}.md`);
      const date = r.year ? `date: ${r.year}\n` : '';
      text = `---\ntitle: ${JSON.stringify(r.title)}\n${date}---\n\n${r.text}`;
    }
    fs.writeFileSync(file, text);
    out.push(file);
  });
  return out;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node out/test/support/officialReferences.js DIR\n');
    process.exit(2);
  }
  const files = writeOfficialReferences(path.resolve(dir));
  if (!files) {
    process.stderr.write(`not written: ${SHARED_MISSING}\n`);
    process.exit(1);
  }
  process.stdout.write(`${files.length} reference documents in ${dir}\n`);
}
