package org.georchestra.kiln

import scala.collection.mutable
import scala.concurrent.{Future, ExecutionContext}

/* A /* nested */ comment */
case class Page(title: String, tags: List[String] = Nil)

trait Builder[T <: Page] {
  def build(pages: Seq[T])(implicit ec: ExecutionContext): Future[Int]
}

object Site extends App with Builder[Page] {
  val counts = mutable.Map.empty[String, Int]
  private var ratio: Double = 1.5e3
  def build(pages: Seq[Page])(implicit ec: ExecutionContext): Future[Int] = Future {
    pages.filter(_.tags.nonEmpty).map { p => p.title.length }.sum + 0x1F
  }
  def ++(other: Site.type): Unit = ()
  val sym = 'key
  val c = 'x'
  val s = """multi "line" string"""
  for (i <- 1 to 10 if i % 2 == 0) yield i * 2L
  this.ratio = 2.0
}
