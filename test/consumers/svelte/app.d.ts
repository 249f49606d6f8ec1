// The generated file declares its `svelteHTML` namespace inside a module, where it does not reach the
// templates; an app extends the global one with the generated element types, as here.
import type { CustomElements } from 'back-pain-widgets/types/svelte';

declare global {
  namespace svelteHTML {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Svelte's element map grows by extension.
    interface IntrinsicElements extends CustomElements {}
  }
}
