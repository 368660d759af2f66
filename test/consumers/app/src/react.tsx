// A React 19 + TypeScript page: the types-only entry makes the tags known in TSX; each widget
// is defined by its own self-registering import.
import type {} from 'digione-widgets/react';
import 'digione-widgets/define/event-card';
import 'digione-widgets/define/readiness-checker';
import 'digione-widgets/define/join-form';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [status, setStatus] = useState('');
  return (
    <main>
      <digione-event-card
        heading="DigiOne-infotilaisuus"
        start="2030-03-12T13:00"
        end="2030-03-12T14:30"
        time-zone="Europe/Helsinki"
        location="Kuntatalo"
        ondigione-calendar-add={(event) => setStatus(event.detail.service)}
      ></digione-event-card>
      <digione-readiness-checker
        heading-level={2}
        ondigione-readiness-complete={(event) => setStatus(`${event.detail.result.scores.overall} %`)}
      ></digione-readiness-checker>
      <digione-join-form
        endpoint="/api/digione"
        privacy-url="/tietosuoja"
        prefill={{ contactName: 'Maija Meikäläinen', pupils: '1200' }}
        ondigione-submitted={(event) => setStatus(`sent ${event.detail.id}`)}
        ondigione-submit-failed={(event) => setStatus(event.detail.message)}
      ></digione-join-form>
      <output>{status}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
