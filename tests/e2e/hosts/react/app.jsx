// A React 19 app that renders <naitei-check> with props the test sets, changes and
// removes, and mounts and unmounts it on demand (window.host).
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

let setAttrs;
let setShown;

function App() {
  const [attrs, setA] = useState({ id: 'w', lang: 'ja', theme: 'dark', 'storage-key': 'react' });
  const [shown, setS] = useState(true);
  setAttrs = setA;
  setShown = setS;
  return shown ? <naitei-check {...attrs}></naitei-check> : <p id="gone">No widget</p>;
}

createRoot(document.getElementById('root')).render(<App />);

window.host = {
  /** Replaces the element's props (a prop left out is removed by React). */
  set(attrs) { flushSync(() => setAttrs(attrs)); },
  /** Mounts or unmounts the element. */
  show(on) { flushSync(() => setShown(on)); },
};
