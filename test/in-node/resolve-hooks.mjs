const shim = new URL('./open-wc-testing.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier === '@open-wc/testing' ? shim : specifier, context);
}
