bundle exec jekyll serve --livereload
npm install && npm test
git clone https://github.com/georchestra/georchestra.git
cd georchestra; mvn clean install -DskipTests -P-all,security-proxy
