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
