// tools/cli-bundle.mjs: the CLI's bundle is rebuilt exactly when one of its sources changed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module without types (it runs before tsx does).
import { bundle } from '../../tools/cli-bundle.mjs';

const bundleOf = bundle as (entry: string, opts: { root: string; outDir: string }) => Promise<string>;

describe('the CLI bundle', () => {
  const root = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
  const outDir = join(root, 'out');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (file: string) => spawnSync(process.execPath, ['--enable-source-maps', file], { encoding: 'utf8' });

  it('is built once, reused while its sources stay, rebuilt when one changes', async () => {
    writeFileSync(join(root, 'main.ts'), "import { word } from './word.ts';\nconsole.log(word());\n");
    writeFileSync(join(root, 'word.ts'), "export function word(): string { return 'first'; }\n");
    const out = await bundleOf('main.ts', { root, outDir });
    expect(run(out).stdout).toBe('first\n');
    const built = statSync(out).mtimeMs;

    expect(await bundleOf('main.ts', { root, outDir })).toBe(out);
    expect(statSync(out).mtimeMs).toBe(built);

    // Same size, only the time differs: still a change.
    writeFileSync(join(root, 'word.ts'), "export function word(): string { return 'again'; }\n");
    utimesSync(join(root, 'word.ts'), new Date(), new Date(Date.now() + 5000));
    await bundleOf('main.ts', { root, outDir });
    expect(run(out).stdout).toBe('again\n');
  });

  it('maps stack traces to the TypeScript sources', async () => {
    writeFileSync(join(root, 'fails.ts'), "\n\nexport {};\nthrow new Error('from line 4');\n");
    const out = await bundleOf('fails.ts', { root, outDir });
    expect(run(out).stderr).toMatch(/fails\.ts:4:\d+/);
    expect(readFileSync(out, 'utf8')).toMatch(/\/\/# sourceMappingURL=fails\.mjs\.map\n$/);
  });

  it('refuses modules that use import.meta (one URL for all of them in a bundle)', async () => {
    writeFileSync(join(root, 'meta.ts'), 'console.log(import.meta.url);\n');
    await expect(bundleOf('meta.ts', { root, outDir })).rejects.toThrow(/import\.meta/);
  });
});
