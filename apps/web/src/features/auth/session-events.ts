type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Tells whoever listens (the session guard) that the API refused the session: the query client raises it from any
 * query or mutation that answered 401, the guard sends the user to the login page.
 */
export function notifySessionEnded(): void {
  for (const listener of listeners) listener();
}

/** Listens for an ended session; returns the function that stops listening (an effect's cleanup). */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
