export { DigiOneEventCard } from './event-card.js';
