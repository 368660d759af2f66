export default {
  title: 'event-card (fi)',
};
