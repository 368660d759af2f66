// Loaded first on every hostile test page (an external file: the strict CSP forbids inline
// scripts). Records every Content-Security-Policy / Trusted Types violation and every uncaught
// error, so the tests can assert there were none.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
  });
});
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
