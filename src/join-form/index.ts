export { DigiOneJoinForm } from './join-form.js';
