/** The safety articles: a list by order, and a reader with an in-memory back button. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, ArticleBundle } from '../../core/content-types';
import { loadArticles } from '../../content';
import { t } from '../../app/i18n';
import { update, useAppState } from '../../app/store';
import { ArticleBlocks } from './ArticleBlocks';
import { articlePlainText } from '../../core/plain-text';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';
import './articles.css';

type BundleState =
  { status: 'loading' } | { status: 'ready'; bundle: ArticleBundle } | { status: 'failed' };

/** Shows the list, or one article when the screen names a slug. */
export function ArticlesScreen() {
  const { screen, language } = useAppState();
  const [state, setState] = useState<BundleState>({ status: 'loading' });
  // The article last opened, so Back puts focus on its entry in the list again.
  const lastOpened = useRef<string | null>(null);

  useEffect(() => {
    let current = true;
    loadArticles(language).then(
      (bundle) => current && setState({ status: 'ready', bundle }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [language]);

  if (state.status !== 'ready') {
    return (
      <section data-screen="articles">
        <p>{state.status === 'failed' ? t('articles:loadFailed') : t('loading')}</p>
      </section>
    );
  }
  const { bundle } = state;
  const slug = screen.name === 'article' ? screen.slug : null;
  const article = slug ? bundle.articles.find((candidate) => candidate.slug === slug) : undefined;
  if (article) lastOpened.current = article.slug;
  return article ? (
    <ArticleReader article={article} lang={bundle.lang} />
  ) : (
    <ArticleList articles={bundle.articles} lang={bundle.lang} focusSlug={lastOpened.current} />
  );
}

function ArticleList(props: {
  articles: readonly Article[];
  lang: string;
  focusSlug: string | null;
}) {
  const { articles, lang, focusSlug } = props;
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusSlug) return;
    list.current?.querySelector<HTMLElement>(`[data-article="${CSS.escape(focusSlug)}"]`)?.focus();
  }, [focusSlug]);
  const sorted = [...articles].sort((a, b) => a.order - b.order);
  return (
    <section class="articles" aria-labelledby="articles-title" data-screen="articles" lang={lang}>
      <h1 id="articles-title">{t('articles:title')}</h1>
      {sorted.length === 0 && <p>{t('articles:empty')}</p>}
      <ul class="cards" ref={list}>
        {sorted.map((article) => (
          <li key={article.slug} class="card article-item">
            <button
              type="button"
              class="article-link"
              data-article={article.slug}
              onClick={() => update({ screen: { name: 'article', slug: article.slug } })}
            >
              <span class="article-title">{article.title}</span>
              <span class="article-summary">{article.summary}</span>
            </button>
            <p class="meta article-meta">
              <span class="badge" data-audience={article.audience}>
                {t(`articles:audience.${article.audience}`)}
              </span>
              <span>{t('articles:minutes', { count: article.readingMinutes })}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ArticleReader({ article, lang }: { article: Article; lang: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // In memory, never history.back(): the app adds no history entries to go back through.
  const backToList = () => update({ screen: { name: 'articles' } });
  // A screen reader should start at the article, not wherever the list left focus.
  useEffect(() => {
    heading.current?.focus();
    window.scrollTo(0, 0);
  }, [article.slug]);
  return (
    <article class="article" aria-labelledby="article-title" data-screen="article" lang={lang}>
      <button type="button" class="secondary" data-action="back" onClick={backToList}>
        {t('articles:back')}
      </button>
      <h1 id="article-title" tabIndex={-1} ref={heading}>
        {article.title}
      </h1>
      <p class="meta">
        <span class="badge" data-audience={article.audience}>
          {t(`articles:audience.${article.audience}`)}
        </span>{' '}
        {t('articles:minutes', { count: article.readingMinutes })}
      </p>
      <ReadAloudButton text={() => articlePlainText(article)} lang={lang} />
      <ArticleBlocks blocks={article.blocks} />
      {/* Where a reader finishes, so a long article needs no scrolling back up to leave it. */}
      <button type="button" class="secondary" data-action="back-to-list" onClick={backToList}>
        {t('articles:back')}
      </button>
    </article>
  );
}
