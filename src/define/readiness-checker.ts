/** `import 'digione-widgets/define/readiness-checker'`: defines <digione-readiness-checker> once per page (duplicate-safe) and brings its types. */
import { defineElement } from '../core/define.js';
import { VERSION } from '../core/version.js';
import { TAGS } from '../core/tags.js';
import { DigiOneReadinessChecker } from '../readiness/readiness-checker.js';

export { DigiOneReadinessChecker };

defineElement(TAGS.readinessChecker, DigiOneReadinessChecker, VERSION);
