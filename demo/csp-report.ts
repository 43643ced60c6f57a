// Lists Content-Security-Policy violations on the page, so a visitor sees there are none.
const output = document.querySelector('#violations');
const seen: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
  if (output) output.textContent = seen.join('; ');
});
