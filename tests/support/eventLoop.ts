/**
 * Counts the event loop's turns (setImmediate callbacks) until stopped: a test of work done "in
 * slices" checks that the loop turned while the work ran.
 */
export function turnCounter(): { turns: () => number; stop: () => void } {
  let turns = 0;
  let isRunning = true;
  const next = () => {
    if (!isRunning) return;
    turns += 1;
    setImmediate(next);
  };
  setImmediate(next);
  return { turns: () => turns, stop: () => void (isRunning = false) };
}
