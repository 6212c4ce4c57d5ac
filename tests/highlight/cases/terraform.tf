# Provision the preview host
terraform {
  required_version = ">= 1.5"
}

variable "region" {
  type    = string
  default = "eu-west-3"
}

resource "aws_instance" "preview" {
  ami           = data.aws_ami.debian.id
  instance_type = var.large ? "t3.large" : "t3.micro"
  count         = length(var.names) * 2
  tags = {
    Name = "kiln-${var.env}-${count.index}"
    Size = 512mb
  }
  user_data = <<EOF
#!/bin/bash
echo hello ${var.region}
EOF
  lifecycle { create_before_destroy = true }
}

output "ip" { value = aws_instance.preview[*].public_ip }
