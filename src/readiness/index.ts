export { DigiOneReadinessChecker } from './readiness-checker.js';
