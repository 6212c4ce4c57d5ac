// Jenkinsfile
pipeline {
    agent any
    environment { SITE = '_site' }
    stages {
        stage('Build') {
            steps {
                sh "npx kiln build -d ${SITE}"
                sh '''
                    ls -la
                '''
            }
        }
    }
}

import groovy.json.JsonSlurper

class Site implements Serializable {
    String name = "geOrchestra"
    int pages = 0x1f + 42L
    static def build(String dir, boolean verbose) {
        def files = new File(dir).listFiles().findAll { it.name =~ /\.html$/ }
        println "found ${files.size()} files"
        return files
    }
}
