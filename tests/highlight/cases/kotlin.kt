package org.georchestra.kiln

import java.io.File

/* single line block */
/*
 * Multi-line /* nested */ comment
 */
data class Page(val title: String, var tags: List<String> = emptyList())

@Suppress("unused")
class Builder<T : Any>(private val root: File) {
    companion object { const val MAX = 1_000 }

    fun <R> build(transform: (T) -> R): List<R>? {
        val (a, b) = Pair(1, 2)
        val ratio = 1.5e3f + 0x1F + 0b101L + 42u
        loop@ for (f in root.walk()) {
            if (f.isDirectory) continue@loop
            println("file: ${f.name} \"quoted\"")
        }
        return null ?: emptyList<R>()!!
    }
}

fun main() = Builder<String>(File(".")).build { it.length }
