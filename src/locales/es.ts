// Importing this module adds Spanish to the widgets on the page: `import 'back-pain-widgets/locales/es'`.
import { es } from '../content/locales/es.js';
import { registerLocale } from '../internal/locale.js';

registerLocale(es);
