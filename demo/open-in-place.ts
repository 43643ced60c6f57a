// A host page that opens records in place: absch-select is cancelled and the record shown below.
const opened = document.querySelector<HTMLElement & { uid: string }>('#opened');
document.addEventListener('absch-select', (event) => {
  if (!opened) return;
  event.preventDefault();
  opened.uid = event.detail.uid;
  opened.hidden = false;
  opened.scrollIntoView({ behavior: 'smooth', block: 'start' });
});
