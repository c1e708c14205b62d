// Renders each example twice from one snippet: as copyable code and as the live widget, so the
// code shown is exactly the code that makes it.
const examples: [title: string, snippet: string][] = [
  ['Standaard', '<mensenhandel-faq></mensenhandel-faq>'],
  ['In het Engels', '<mensenhandel-faq lang="en"></mensenhandel-faq>'],
  ['Donker thema', '<mensenhandel-faq theme="dark"></mensenhandel-faq>'],
  ['Een selectie, in eigen volgorde', '<mensenhandel-faq questions="5,1"></mensenhandel-faq>'],
  ['Alle antwoorden open', '<mensenhandel-faq open="all"></mensenhandel-faq>'],
  ['Eén antwoord tegelijk', '<mensenhandel-faq single></mensenhandel-faq>'],
  ['Titel als h4, vragen als h5', '<mensenhandel-faq heading-level="4"></mensenhandel-faq>'],
  ['Zonder titel en zonder “alles tonen”', '<mensenhandel-faq hide-title hide-expand-all></mensenhandel-faq>'],
];

const main = document.getElementById('examples')!;
examples.forEach(([title, snippet], index) => {
  const section = document.createElement('section');
  section.setAttribute('aria-labelledby', `example-${index}`);
  const heading = document.createElement('h2');
  heading.id = `example-${index}`;
  heading.textContent = title;
  const code = document.createElement('pre');
  code.append(document.createElement('code'));
  code.firstElementChild!.textContent = snippet;
  const live = document.createElement('div');
  live.className = 'example';
  live.innerHTML = snippet;
  section.append(heading, code, live);
  main.append(section);
});
