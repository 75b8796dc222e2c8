import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }), children: z.array(z.number()).optional() })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** A function's share of a CPU profile: self time and inclusive time, in ms. */
export interface ProfileLine {
  name: string;
  selfMs: number;
  totalMs: number;
}

/**
 * Reads a `.cpuprofile` (Chromium CDP `Profiler.stop`, or Node `--cpu-prof`) and returns the
 * functions with the most inclusive time, idle and program excluded, for a report.
 */
export async function topFunctions(path: string, count = 15): Promise<ProfileLine[]> {
  const profile = profileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const selfById = new Map<number, number>();
  profile.samples.forEach((id, index) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<number, number>();
  const total = (id: number): number => {
    const known = totals.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const sum = (selfById.get(id) ?? 0) + (node?.children ?? []).reduce((acc, child) => acc + total(child), 0);
    totals.set(id, sum);
    return sum;
  };
  const lines = new Map<string, ProfileLine>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (['(idle)', '(program)', '(root)', '(garbage collector)'].includes(functionName) && url === '') continue;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    const line = lines.get(name) ?? { name, selfMs: 0, totalMs: 0 };
    line.selfMs += selfById.get(node.id) ?? 0;
    line.totalMs += total(node.id);
    lines.set(name, line);
  }
  return [...lines.values()].sort((a, b) => b.totalMs - a.totalMs).slice(0, count);
}
