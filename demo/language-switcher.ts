// Switches <html lang> the way a Bioland site's language menu does; the elements follow by themselves.
const select = document.querySelector<HTMLSelectElement>('#language');
if (select) {
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
  });
}
