// Tribune reader site: small progressive enhancements. Everything works without this file.
(() => {
  // The native share sheet, where the browser has one.
  if (navigator.share) {
    for (const item of document.querySelectorAll('.share__native-item')) item.hidden = false;
    document.addEventListener('click', (event) => {
      const button = event.target.closest?.('.share__native');
      if (!button) return;
      navigator.share({ url: button.dataset.url, title: button.dataset.title }).catch(() => {});
    });
  }

  // "Copy link" copies instead of following the link, where the clipboard is available.
  if (navigator.clipboard) {
    document.addEventListener('click', (event) => {
      const link = event.target.closest?.('.share__copy');
      if (!link) return;
      event.preventDefault();
      navigator.clipboard.writeText(link.href).then(() => {
        const label = link.textContent;
        link.textContent = link.dataset.copied || label;
        setTimeout(() => {
          link.textContent = label;
        }, 2000);
      });
    });
  }

  // A video loads its player only when the reader asks for it.
  document.addEventListener('click', (event) => {
    const play = event.target.closest?.('.video__play');
    const figure = play?.closest('.video[data-embed]');
    if (!figure) return;
    event.preventDefault();
    const frame = document.createElement('iframe');
    frame.src = figure.dataset.embed;
    frame.title = figure.dataset.title || '';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    play.replaceWith(frame);
    frame.focus();
  });
})();
