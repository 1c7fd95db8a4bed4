import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { resolve } from 'node:path';

export interface Environment {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** 1-minute load averages when the run started and ended: other work on the machine skews figures. */
  load: [number, number];
  browser: string;
  visTimeline: string;
  visData: string;
  ours: string;
}

export const currentLoad = (): number => loadavg()[0] ?? 0;

const version = (root: string, path: string): string =>
  (JSON.parse(readFileSync(resolve(root, path), 'utf8')) as { version: string }).version;

export function describeEnvironment(root: string, browser: string, loadAtStart: number): Environment {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: totalmem() / 2 ** 30,
    os: `${type()} ${release()}`,
    node: process.version,
    load: [loadAtStart, currentLoad()],
    browser,
    visTimeline: version(root, 'node_modules/vis-timeline/package.json'),
    visData: version(root, 'node_modules/vis-data/package.json'),
    ours: version(root, 'package.json'),
  };
}
