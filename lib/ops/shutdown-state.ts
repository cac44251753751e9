// Set when the process has been asked to stop: health turns 503 so a load balancer moves away.
const store = globalThis as typeof globalThis & { __qnStopping?: boolean };

export const isStopping = () => store.__qnStopping === true;
export const markStopping = (stopping = true) => {
  store.__qnStopping = stopping;
};
