/** `import 'digione-widgets/define/join-form'`: defines <digione-join-form> once per page (duplicate-safe) and brings its types. */
import { defineElement } from '../core/define.js';
import { VERSION } from '../core/version.js';
import { TAGS } from '../core/tags.js';
import { DigiOneJoinForm } from '../join-form/join-form.js';

export { DigiOneJoinForm };

defineElement(TAGS.joinForm, DigiOneJoinForm, VERSION);
