export default {
  title: 'join-form (fi)',
};
