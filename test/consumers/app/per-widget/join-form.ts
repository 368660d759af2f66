// Only the self-registering entry of one widget: its element and event types come with it.
import 'digione-widgets/define/join-form';

const form = document.querySelector('digione-join-form')!;
form.prefill = { contactName: 'Maija Meikäläinen' };
form.addEventListener('digione-queued', (event) => console.log(event.detail.id, event.detail.reason));
