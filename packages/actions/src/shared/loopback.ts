/** Whether a URL points at this machine (a local proxy, the GitHub double): such an API is not asked to pace writes. */
export function isLoopback(url: string): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}
