import { gzipSync } from 'node:zlib';

export type AssetKind = 'script' | 'stylesheet';

export interface Asset {
  url: string;
  kind: AssetKind;
}

export interface Weight {
  raw: number;
  gzip: number;
  files: string[];
}

export type PageWeight = Record<AssetKind, Weight>;

/**
 * What the page's JS and CSS weigh, from the files it requested: raw, and gzipped here
 * (zlib's default level, what servers typically use) since the bench server sends them plain.
 */
export async function weigh(
  assets: readonly Asset[],
  read: (pathname: string) => Promise<Buffer | undefined>,
): Promise<PageWeight> {
  const weight: PageWeight = {
    script: { raw: 0, gzip: 0, files: [] },
    stylesheet: { raw: 0, gzip: 0, files: [] },
  };
  const seen = new Set<string>();
  for (const { url, kind } of assets) {
    const { pathname } = new URL(url);
    if (seen.has(pathname)) continue;
    seen.add(pathname);
    const body = await read(decodeURIComponent(pathname));
    if (!body) continue;
    weight[kind].raw += body.length;
    weight[kind].gzip += gzipSync(body).length;
    weight[kind].files.push(pathname);
  }
  return weight;
}
