// The command line as one ES module bundled from its TypeScript (build/cli/cli.mjs), rebuilt
// with esbuild whenever one of its source files changed. Node loads the bundle in ~0.1 s
// where tsx takes ~0.4 s to resolve and transform the ~150 files one by one, and every
// process start pays that: each benchmark run, each server the tests start, `npx zvm-gdbserver`.
// Plain JavaScript, so that it runs before anything is transformed.
//
// Only tools/cli.ts is bundled: it imports src/ alone, where nothing uses `import.meta`
// (a bundle has one `import.meta.url` for all its modules); the build refuses a bundle that does.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Files that change the bundle without being one of its inputs. */
const BUILD_FILES = ['tsconfig.json', 'package-lock.json', 'tools/cli-bundle.mjs'];

/**
 * The bundle of `entry` (a path from `root`) in `outDir`, built now unless the one there was
 * built from the same files as they are now (size and modification time of every input, as
 * esbuild's metafile lists them). Concurrent callers may both build: each writes its own
 * temporary files and renames them into place, so a reader sees a whole bundle.
 */
export async function bundle(entry, { root = REPO_ROOT, outDir = join(REPO_ROOT, 'build', 'cli') } = {}) {
  const name = entry.replace(/^.*\//, '').replace(/\.ts$/, '');
  const out = join(outDir, `${name}.mjs`);
  const inputsFile = join(outDir, `${name}.inputs.json`);
  if (upToDate(out, inputsFile, root)) return out;

  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      // npm packages stay imports: node resolves them from the repository's node_modules.
      packages: 'external',
      // Stack traces of internal errors name the TypeScript lines (process.setSourceMapsEnabled).
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
    });
    const code = readFileSync(tmp, 'latin1');
    if (code.includes('import.meta')) throw new Error(`${entry}'s bundle uses import.meta, which would name the bundle instead of its modules' files`);
    const inputs = {};
    for (const file of [...Object.keys(result.metafile.inputs), ...BUILD_FILES.filter((f) => existsSync(join(root, f)))]) {
      inputs[file] = stamp(join(root, file));
    }
    const map = `${out}.map`;
    // The source map is renamed first: a bundle in place always has its map.
    renameSync(`${tmp}.map`, map);
    // The link comment names the temporary map; name the final one.
    writeFileSync(tmp, code.replace(/\/\/# sourceMappingURL=\S+\s*$/, `//# sourceMappingURL=${relative(outDir, map)}\n`), 'latin1');
    renameSync(tmp, out);
    writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
    renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.map`, { force: true });
  }
  return out;
}

/** Size and modification time of a file ("" when it is missing). */
function stamp(file) {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return '';
  }
}

function upToDate(out, inputsFile, root) {
  if (!existsSync(out)) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  for (const [file, was] of Object.entries(inputs)) if (stamp(join(root, file)) !== was) return false;
  return true;
}

/** Runs the bundle of tools/cli.ts with this process's arguments (bin/zvm-gdbserver.js). */
export async function runCli() {
  const out = await bundle('tools/cli.ts');
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(out).href);
}
