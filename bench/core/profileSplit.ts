/**
 * Splits a CPU profile's time between the steps of a task, named by the functions that run them,
 * so a report can say how much of the analysis is the language layer and how much the rules.
 */

/** The parts of a CPU profile (`Profiler.stop`, or Node's `--cpu-prof`) the split reads. */
export interface CpuProfile {
  nodes: readonly { id: number; callFrame: { functionName: string }; children?: readonly number[] }[];
  samples: readonly number[];
  timeDeltas: readonly number[];
}

/** One step of the profiled task: the samples with `functionName` on their stack. */
export interface ProfileStep {
  label: string;
  functionName: string;
}

/** Milliseconds per step, in the order the steps were given, then garbage collection and the rest. */
export interface ProfileSplit {
  steps: { label: string; ms: number }[];
  garbageCollectionMs: number;
  /** Samples with none of the steps on their stack (the harness, the VM's own work), idle excluded. */
  otherMs: number;
}

const idleFrames = new Set(['(idle)', '(root)']);

/**
 * Each sample counts for the first step in `steps` whose function is on its stack, so a step
 * nested in another (the tagger inside the article's build) is listed before it and its time is
 * not counted twice. Garbage collection has no stack in a profile and gets its own figure.
 */
export function splitProfile(profile: CpuProfile, steps: readonly ProfileStep[]): ProfileSplit {
  const parentOf = new Map<number, number>();
  const nameOf = new Map<number, string>();
  for (const node of profile.nodes) {
    nameOf.set(node.id, node.callFrame.functionName);
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const stepOfNode = new Map<number, number>();
  const stepOf = (id: number): number => {
    const known = stepOfNode.get(id);
    if (known !== undefined) return known;
    const own = steps.findIndex((step) => step.functionName === nameOf.get(id));
    const parent = parentOf.get(id);
    const above = parent === undefined ? -1 : stepOf(parent);
    // The outermost-listed step wins: the lower index among this frame's and its callers'.
    const found = own < 0 ? above : above < 0 ? own : Math.min(own, above);
    stepOfNode.set(id, found);
    return found;
  };
  const totals = steps.map(() => 0);
  let garbageCollectionMs = 0;
  let otherMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const name = nameOf.get(id) ?? '';
    if (idleFrames.has(name)) return;
    if (name === '(garbage collector)') garbageCollectionMs += ms;
    else {
      const step = stepOf(id);
      if (step < 0) otherMs += ms;
      else totals[step] = (totals[step] ?? 0) + ms;
    }
  });
  return { steps: steps.map((step, index) => ({ label: step.label, ms: totals[index] ?? 0 })), garbageCollectionMs, otherMs };
}
