export default {
  title: 'readiness-checker (fi)',
};
