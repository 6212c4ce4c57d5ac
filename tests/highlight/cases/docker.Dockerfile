# syntax=docker/dockerfile:1
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci && \
    npm run build --if-present
ENV NODE_ENV=production PORT=4000
ARG VERSION=dev

FROM nginx:1.25-alpine
LABEL maintainer="team@example.org"
COPY --from=build /app/_site /usr/share/nginx/html
EXPOSE 80 443
HEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1
run echo "lowercase run" > /tmp/x
ONBUILD RUN echo $HOME
CMD ["nginx", "-g", "daemon off;"]
