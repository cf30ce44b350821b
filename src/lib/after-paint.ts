/**
 * Runs `work` once the frame now being prepared has been painted: a requestAnimationFrame
 * callback runs just before that paint, and a message posted from it arrives just after. For
 * work a person does not see (moving focus, saying a step aloud, saving the place reached) that
 * should not hold back showing the step they asked for. Returns a function that cancels it.
 */
export function afterPaint(work: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) work();
    };
    channel.port2.postMessage(undefined);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * `afterPaint` for work that must be done once even when the step is left before its paint (an
 * event to count, when the next answer comes at once): the function it returns does the work
 * there and then if it has not been done yet, rather than dropping it.
 */
export function afterPaintOrOnLeaving(work: () => void): () => void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    work();
  };
  const cancel = afterPaint(once);
  return () => {
    cancel();
    once();
  };
}
